package com.marketplace.common.security;

import java.util.Set;
import java.util.UUID;

/**
 * Who is calling, as their verified token says. The tenant comes from here and nowhere else: no
 * route takes a tenant from a path, a query or a body.
 */
public record Caller(
    UUID userId,
    UUID tenantId,
    Set<String> roles,
    String sessionId,
    String email,
    String fullname,
    String accessToken) {

  public static final String ADMIN = "admin";

  public Caller {
    roles = Set.copyOf(roles);
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  public boolean isAdmin() {
    return hasRole(ADMIN);
  }
}
