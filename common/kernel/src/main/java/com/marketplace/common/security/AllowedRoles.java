package com.marketplace.common.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles (from the token's {@code groups}) that may use a route; any one of them suffices.
 *
 * <p>Not {@code jakarta.annotation.security.RolesAllowed}: Jersey enforces that one itself against
 * the container's role mapping, which Payara leaves empty unless the domain is configured for it.
 * This one is enforced by the kernel's access policy, with the spec's error envelope.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface AllowedRoles {
  String[] value();
}
