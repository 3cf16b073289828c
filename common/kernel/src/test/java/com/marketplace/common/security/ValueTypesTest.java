package com.marketplace.common.security;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.common.security.InvalidTokenException.Reason;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The records that carry tokens around must neither leak them nor change under their holders. */
class ValueTypesTest {

  private static final String RAW = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl";

  @Test
  void verifiedTokenRolesCannotBeChangedFromOutside() {
    Set<String> roles = new HashSet<>(Set.of("buyer"));
    VerifiedToken token = verifiedToken(roles);

    roles.add("admin");

    assertThat(token.roles(), not(hasItem("admin")));
    assertThrows(UnsupportedOperationException.class, () -> token.roles().add("admin"));
  }

  @Test
  void verifiedTokenPrintsNeitherTheTokenNorPersonalData() {
    String text = verifiedToken(Set.of("buyer")).toString();

    assertThat(text, not(containsString(RAW)));
    assertThat(text, not(containsString(TestTokens.EMAIL)));
    assertThat(text, not(containsString(TestTokens.FULLNAME)));
    assertThat(text, containsString(TestTokens.USER_ID.toString()));
  }

  @Test
  void locatedTokenDoesNotPrintTheToken() {
    String text = new LocatedToken(RAW, LocatedToken.Place.COOKIE).toString();

    assertThat(text, not(containsString(RAW)));
    assertThat(text, containsString("COOKIE"));
  }

  @Test
  void invalidTokenExceptionNamesItsReason() {
    assertThat(
        new InvalidTokenException(Reason.EXPIRED, "Token expired").toString(),
        containsString("EXPIRED"));
  }

  private static VerifiedToken verifiedToken(Set<String> roles) {
    return new VerifiedToken(
        TestTokens.USER_ID,
        TestTokens.TENANT_ID,
        roles,
        TestTokens.SESSION_ID,
        TestTokens.EMAIL,
        TestTokens.FULLNAME,
        TestTokens.TOKEN_ID,
        TestTokens.ISSUED_AT,
        TestTokens.EXPIRES_AT,
        RAW);
  }
}
