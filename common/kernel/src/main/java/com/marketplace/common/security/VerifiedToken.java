package com.marketplace.common.security;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The claims of an access token whose signature, issuer, audience and lifetime have been checked.
 *
 * @param userId the {@code sub} claim
 * @param tenantId the {@code tenantId} claim
 * @param roles the {@code groups} claim; empty when the token has none
 * @param sessionId the {@code sessionId} claim, or {@code null}
 * @param email the {@code email} claim
 * @param fullname the {@code fullname} claim, or {@code null}
 * @param tokenId the {@code jti} claim
 * @param issuedAt the {@code iat} claim
 * @param expiresAt the {@code exp} claim
 * @param raw the compact token as received, for forwarding to downstream services
 */
public record VerifiedToken(
    UUID userId,
    UUID tenantId,
    Set<String> roles,
    String sessionId,
    String email,
    String fullname,
    String tokenId,
    Instant issuedAt,
    Instant expiresAt,
    String raw) {

  public VerifiedToken {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(tenantId, "tenantId");
    roles = Set.copyOf(roles);
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(tokenId, "tokenId");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Objects.requireNonNull(raw, "raw");
  }

  /**
   * Leaves out {@link #raw()}, a bearer credential, and the personal data ({@link #email()}, {@link
   * #fullname()}), so that logging a token stays harmless.
   */
  @Override
  public String toString() {
    return "VerifiedToken[userId="
        + userId
        + ", tenantId="
        + tenantId
        + ", roles="
        + roles
        + ", sessionId="
        + sessionId
        + ", tokenId="
        + tokenId
        + ", issuedAt="
        + issuedAt
        + ", expiresAt="
        + expiresAt
        + "]";
  }
}
