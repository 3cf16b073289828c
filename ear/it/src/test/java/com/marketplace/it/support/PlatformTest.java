package com.marketplace.it.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An integration test against the deployed EAR: the database and the Stripe emulator first, then
 * Payara via Arquillian.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(EmbeddedDatabaseExtension.class)
@ExtendWith(StripeEmulatorExtension.class)
@ExtendWith(ArquillianExtension.class)
public @interface PlatformTest {}
