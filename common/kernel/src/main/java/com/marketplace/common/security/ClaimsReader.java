package com.marketplace.common.security;

import com.marketplace.common.security.InvalidTokenException.Reason;
import com.nimbusds.jwt.JWTClaimNames;
import com.nimbusds.jwt.JWTClaimsSet;
import java.text.ParseException;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Turns checked claims into a {@link VerifiedToken}, rejecting claims of the wrong type or form.
 * Presence of the required claims is {@link ClaimsPolicy}'s job; an explicit JSON {@code null}
 * still counts as missing here.
 */
final class ClaimsReader {

  static final String GROUPS = "groups";
  static final String SESSION_ID = "sessionId";
  static final String FULLNAME = "fullname";

  private ClaimsReader() {}

  static VerifiedToken read(JWTClaimsSet claims, String raw) throws InvalidTokenException {
    return new VerifiedToken(
        uuid(claims, JWTClaimNames.SUBJECT),
        uuid(claims, ClaimsPolicy.TENANT_ID),
        roles(claims),
        optionalString(claims, SESSION_ID),
        requiredString(claims, ClaimsPolicy.EMAIL),
        optionalString(claims, FULLNAME),
        requiredString(claims, JWTClaimNames.JWT_ID),
        claims.getIssueTime().toInstant(),
        claims.getExpirationTime().toInstant(),
        raw);
  }

  private static UUID uuid(JWTClaimsSet claims, String name) throws InvalidTokenException {
    String value = requiredString(claims, name);
    try {
      UUID uuid = UUID.fromString(value);
      // fromString also takes short forms such as "1-2-3-4-5"; only the canonical form is an id.
      if (uuid.toString().equalsIgnoreCase(value)) {
        return uuid;
      }
    } catch (IllegalArgumentException e) {
      // Falls through to the rejection below.
    }
    throw invalid(name, "is not a UUID");
  }

  private static String requiredString(JWTClaimsSet claims, String name)
      throws InvalidTokenException {
    String value = optionalString(claims, name);
    if (value == null) {
      throw new InvalidTokenException(Reason.MISSING_CLAIM, "Missing claim " + name);
    }
    if (value.isBlank()) {
      throw invalid(name, "is blank");
    }
    return value;
  }

  private static String optionalString(JWTClaimsSet claims, String name)
      throws InvalidTokenException {
    try {
      return claims.getStringClaim(name);
    } catch (ParseException e) {
      throw invalid(name, "is not a string");
    }
  }

  private static Set<String> roles(JWTClaimsSet claims) throws InvalidTokenException {
    List<String> groups;
    try {
      groups = claims.getStringListClaim(GROUPS);
    } catch (ParseException e) {
      throw invalid(GROUPS, "is not an array of strings");
    }
    if (groups == null) {
      return Set.of();
    }
    if (groups.contains(null)) {
      throw invalid(GROUPS, "contains null");
    }
    return Set.copyOf(groups);
  }

  private static InvalidTokenException invalid(String name, String problem) {
    return new InvalidTokenException(Reason.INVALID_CLAIM, "Claim " + name + " " + problem);
  }
}
