package com.marketplace.common.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import com.marketplace.common.security.LocatedToken.Place;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class CrossSiteRequestPolicyTest {

  private static final UUID TENANT_A = UUID.fromString("5e2f0c1a-0000-4000-8000-0000000000aa");
  private static final UUID TENANT_B = UUID.fromString("5e2f0c1a-0000-4000-8000-0000000000bb");
  private static final String OWN = "https://api.example.test";

  private final CrossSiteRequestPolicy policy =
      new CrossSiteRequestPolicy(
          CorsPolicy.parse(
              "https://shared.example.test",
              TENANT_A + "=https://tenant-a.example.test;" + TENANT_B + "=https://b.example.test"));

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE"})
  void refusesACookieWriteFromAForeignOrigin(String method) {
    Optional<String> refusal =
        policy.refusal(cookie(method, "https://evil.example.test", null, TENANT_A));
    assertThat(refusal.isPresent(), is(true));
    assertThat(refusal.get(), containsString("https://evil.example.test"));
  }

  @Test
  void refusesACookieWriteThatNamesNoOrigin() {
    assertThat(policy.refusal(cookie("POST", null, null, TENANT_A)).isPresent(), is(true));
    assertThat(policy.refusal(cookie("POST", "  ", null, TENANT_A)).isPresent(), is(true));
  }

  @Test
  void refusesTheOpaqueNullOriginOfSandboxedPages() {
    assertThat(policy.refusal(cookie("POST", "null", null, TENANT_A)).isPresent(), is(true));
  }

  @Test
  void acceptsACookieWriteFromASharedOrigin() {
    assertThat(
        policy.refusal(cookie("POST", "https://shared.example.test", null, TENANT_A)).isEmpty(),
        is(true));
  }

  @Test
  void acceptsATenantsOwnOriginOnlyForThatTenant() {
    assertThat(
        policy.refusal(cookie("PUT", "https://tenant-a.example.test", null, TENANT_A)).isEmpty(),
        is(true));
    assertThat(
        policy.refusal(cookie("PUT", "https://tenant-a.example.test", null, TENANT_B)).isPresent(),
        is(true));
  }

  @Test
  void acceptsTheApisOwnOrigin() {
    assertThat(policy.refusal(cookie("DELETE", OWN, null, TENANT_A)).isEmpty(), is(true));
  }

  @Test
  void fallsBackToTheRefererWhenOriginIsAbsent() {
    assertThat(
        policy
            .refusal(cookie("POST", null, "https://shared.example.test/app/page?x=1", TENANT_A))
            .isEmpty(),
        is(true));
    assertThat(
        policy
            .refusal(cookie("POST", null, "https://shared.example.test.evil.test/x", TENANT_A))
            .isPresent(),
        is(true));
  }

  @Test
  void originWinsOverAFriendlyReferer() {
    assertThat(
        policy
            .refusal(
                cookie(
                    "POST", "https://evil.example.test", "https://shared.example.test/", TENANT_A))
            .isPresent(),
        is(true));
  }

  @Test
  void readsAreNeverRefused() {
    for (String method : new String[] {"GET", "HEAD", "OPTIONS"}) {
      assertThat(
          policy.refusal(cookie(method, "https://evil.example.test", null, TENANT_A)).isEmpty(),
          is(true));
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Place.class,
      names = {"COOKIE"},
      mode = EnumSource.Mode.EXCLUDE)
  void tokensOutsideTheCookieAreNotChecked(Place place) {
    var request =
        new CrossSiteRequestPolicy.Request(
            "POST", place, "https://evil.example.test", null, OWN, Optional.of(TENANT_A));
    assertThat(policy.refusal(request).isEmpty(), is(true));
  }

  @Test
  void anonymousRequestsAreNotChecked() {
    var request =
        new CrossSiteRequestPolicy.Request(
            "POST", null, "https://evil.example.test", null, OWN, Optional.empty());
    assertThat(policy.refusal(request).isEmpty(), is(true));
  }

  @Test
  void readsTheOriginOfAReferer() {
    assertThat(
        CrossSiteRequestPolicy.originOf("HTTPS://Shared.Example.Test:443/a/b").get(),
        is("https://shared.example.test"));
    assertThat(
        CrossSiteRequestPolicy.originOf("http://localhost:8080/x").get(),
        is("http://localhost:8080"));
    assertThat(CrossSiteRequestPolicy.originOf("javascript:alert(1)").isEmpty(), is(true));
    assertThat(CrossSiteRequestPolicy.originOf("not a url").isEmpty(), is(true));
  }

  @Test
  void readsTheOwnOriginOfABaseUri() {
    assertThat(
        CrossSiteRequestPolicy.ownOrigin(URI.create("http://localhost:8080/booking/")),
        is("http://localhost:8080"));
    assertThat(
        CrossSiteRequestPolicy.ownOrigin(URI.create("https://API.example.test:443/booking/")),
        is(OWN));
  }

  private static CrossSiteRequestPolicy.Request cookie(
      String method, String origin, String referer, UUID tenant) {
    return new CrossSiteRequestPolicy.Request(
        method, Place.COOKIE, origin, referer, OWN, Optional.of(tenant));
  }
}
