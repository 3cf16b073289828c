package com.marketplace.common.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A route anyone may call, signed in or not: the kernel's access policy lets it through.
 *
 * <p>Not {@code jakarta.annotation.security.PermitAll}: on a resource method Payara's own JAX-RS
 * roles filter answers that one by asking Jakarta Security to authenticate the request, which no
 * mechanism here does (the kernel's token filter reads the token), and the container answered 401.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface PublicRoute {}
