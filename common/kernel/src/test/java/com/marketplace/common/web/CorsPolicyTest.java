package com.marketplace.common.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CorsPolicyTest {

  private static final UUID A = UUID.randomUUID();
  private static final UUID B = UUID.randomUUID();
  private final CorsPolicy policy =
      CorsPolicy.parse(
          "https://shared.test, http://localhost:3000",
          A + "=https://a.test https://a2.test;" + B + "=https://b.test");

  @Test
  void sharedOriginsServeEveryTenant() {
    assertThat(policy.allows("https://shared.test", Optional.of(B)), is(true));
    assertThat(policy.allows("http://localhost:3000", Optional.empty()), is(true));
  }

  @Test
  void aTenantOriginServesOnlyItsTenant() {
    assertThat(policy.allows("https://a2.test", Optional.of(A)), is(true));
    assertThat(policy.allows("https://a2.test", Optional.of(B)), is(false));
  }

  @Test
  void preflightsAndAnonymousRequestsMayComeFromAnyConfiguredOrigin() {
    assertThat(policy.allowsPreflight("https://b.test"), is(true));
    assertThat(policy.allows("https://b.test", Optional.empty()), is(true));
    assertThat(policy.allowsPreflight("https://evil.test"), is(false));
  }

  @Test
  void originsMustBeExact() {
    assertThat(policy.allows("https://shared.test/", Optional.empty()), is(false));
    assertThat(policy.allows("https://SHARED.test", Optional.empty()), is(false));
  }

  @Test
  void refusesAWildcardOrAPath() {
    assertThrows(IllegalArgumentException.class, () -> CorsPolicy.parse("*", ""));
    assertThrows(IllegalArgumentException.class, () -> CorsPolicy.parse("https://x.test/app", ""));
    assertThrows(
        IllegalArgumentException.class, () -> CorsPolicy.parse("", "not-a-uuid=https://x.test"));
  }

  @Test
  void nothingConfiguredAllowsNothing() {
    CorsPolicy none = CorsPolicy.parse(null, "  ");

    assertThat(none.allowsPreflight("https://shared.test"), is(false));
  }
}
