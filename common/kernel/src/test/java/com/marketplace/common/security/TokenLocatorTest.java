package com.marketplace.common.security;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.common.security.LocatedToken.Place;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenLocatorTest {

  private final TokenLocator locator = new TokenLocator(List.of("tutorhub"));

  @Test
  void findsTheQueryParameter() {
    assertFound(new FakeTokenSource().query("access_token", "q-token"), "q-token", Place.QUERY);
  }

  @Test
  void findsTheBearerToken() {
    assertFound(
        new FakeTokenSource().header("Authorization", "Bearer b-token"),
        "b-token",
        Place.AUTHORIZATION_HEADER);
  }

  @ParameterizedTest
  @ValueSource(strings = {"bearer b-token", "BEARER b-token", "  Bearer \t b-token  "})
  void bearerSchemeIsCaseInsensitiveAndTrimmed(String authorization) {
    assertFound(
        new FakeTokenSource().header("Authorization", authorization),
        "b-token",
        Place.AUTHORIZATION_HEADER);
  }

  @Test
  void findsTheProjectHeader() {
    assertFound(
        new FakeTokenSource().header("tutorhub-access-token", "h-token"),
        "h-token",
        Place.PROJECT_HEADER);
  }

  @Test
  void findsTheProjectCookie() {
    assertFound(
        new FakeTokenSource().cookie("tutorhub-access-token", "c-token"), "c-token", Place.COOKIE);
  }

  @Test
  void queryWinsOverEveryOtherPlace() {
    assertFound(everyPlace(), "q-token", Place.QUERY);
  }

  @Test
  void bearerWinsOverProjectHeaderAndCookie() {
    assertFound(everyPlace().query("access_token", null), "b-token", Place.AUTHORIZATION_HEADER);
  }

  @Test
  void projectHeaderWinsOverCookie() {
    FakeTokenSource source = everyPlace().query("access_token", null).header("Authorization", null);

    assertFound(source, "h-token", Place.PROJECT_HEADER);
  }

  @Test
  void laterPlacesAreNotEvenConsultedOnceATokenIsFound() {
    FakeTokenSource source = everyPlace();

    locator.locate(source);

    assertThat(source.lookups, is(List.of("query:access_token")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Basic dXNlcjpwYXNz", "Digest username=x", "Bearer", "Bearer   ", "x"})
  void authorizationWithoutABearerTokenIsIgnored(String authorization) {
    FakeTokenSource source =
        new FakeTokenSource()
            .header("Authorization", authorization)
            .cookie("tutorhub-access-token", "c-token");

    assertFound(source, "c-token", Place.COOKIE);
  }

  @Test
  void blankValuesAreSkipped() {
    FakeTokenSource source =
        new FakeTokenSource()
            .query("access_token", "  ")
            .header("Authorization", "Bearer  ")
            .header("tutorhub-access-token", "\t")
            .cookie("tutorhub-access-token", " c-token ");

    assertFound(source, "c-token", Place.COOKIE);
  }

  @Test
  void nothingFoundIsEmpty() {
    assertThat(locator.locate(new FakeTokenSource()), is(Optional.empty()));
  }

  @Test
  void projectNamesAreTriedInOrder() {
    TokenLocator twoProjects = new TokenLocator(List.of("tutorhub", "marketplace"));
    FakeTokenSource source =
        new FakeTokenSource()
            .header("marketplace-access-token", "second")
            .header("tutorhub-access-token", "first");

    assertThat(twoProjects.locate(source).orElseThrow().token(), is("first"));
  }

  @Test
  void laterProjectNamesAreFoundInHeadersAndCookies() {
    TokenLocator twoProjects = new TokenLocator(List.of("tutorhub", "marketplace"));

    assertThat(
        twoProjects.locate(new FakeTokenSource().header("marketplace-access-token", "h")),
        is(Optional.of(new LocatedToken("h", Place.PROJECT_HEADER))));
    assertThat(
        twoProjects.locate(new FakeTokenSource().cookie("marketplace-access-token", "c")),
        is(Optional.of(new LocatedToken("c", Place.COOKIE))));
  }

  @Test
  void aProjectHeaderOfAnyProjectWinsOverEveryCookie() {
    TokenLocator twoProjects = new TokenLocator(List.of("tutorhub", "marketplace"));
    FakeTokenSource source =
        new FakeTokenSource()
            .cookie("tutorhub-access-token", "cookie")
            .header("marketplace-access-token", "header");

    assertThat(twoProjects.locate(source).orElseThrow().place(), is(Place.PROJECT_HEADER));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "tutor hub", "tutorhub:", "-tutorhub"})
  void unusableProjectNamesAreRejected(String name) {
    assertThrows(IllegalArgumentException.class, () -> new TokenLocator(List.of(name)));
  }

  @Test
  void atLeastOneProjectNameIsRequired() {
    assertThrows(IllegalArgumentException.class, () -> new TokenLocator(List.of()));
  }

  private void assertFound(TokenSource source, String token, Place place) {
    assertThat(locator.locate(source), is(Optional.of(new LocatedToken(token, place))));
  }

  private static FakeTokenSource everyPlace() {
    return new FakeTokenSource()
        .query("access_token", "q-token")
        .header("Authorization", "Bearer b-token")
        .header("tutorhub-access-token", "h-token")
        .cookie("tutorhub-access-token", "c-token");
  }
}
