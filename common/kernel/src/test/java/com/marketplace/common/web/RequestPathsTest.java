package com.marketplace.common.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/booking/v1/reservations",
        "/booking/v1/reservations/6f1c1f2e-1111-4222-8333-944445555666",
        "/enrollment/v1/enrollments/",
        "/booking/v1/listings/caf%C3%A9",
        "/payments/v1/a%20b;jsessionid=1",
        "/"
      })
  void routablePathsPass(String path) {
    assertThat(RequestPaths.problem(path), nullValue());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/booking/v1/reservations/%zz",
        "/booking/v1/%",
        "/booking/v1/%4",
        "/enrollment/v1/enrollments/%E0%A4%A",
        "/enrollment/v1/a%00b",
        "/payments/v1/..%2f..%2fdomain.xml",
        "/payments/v1/%2e%2e/x",
        "/payments/v1/%2E/x",
        "/booking/v1/%c0%ae%c0%ae/x",
        "/booking/v1/a%5c..%5cx",
        "/booking/v1/%0d%0aX-Injected:%20yes",
        "/booking/v1/%٣٣"
      })
  void malformedOrTraversingPathsAreRefused(String path) {
    assertThat(RequestPaths.problem(path), notNullValue());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/json",
        "application/json; charset=UTF-8",
        "application/json;charset=\"utf-8\"",
        "text/calendar",
        "application/merge-patch+json"
      })
  void mediaTypesAreRecognised(String value) {
    assertThat(RequestPaths.isMediaType(value), is(true));
  }

  @ParameterizedTest
  @ValueSource(strings = {"garbage///", "garbage", "application/", "/json", "a/b; c", "a/b;=d"})
  void garbageIsNotAMediaType(String value) {
    assertThat(RequestPaths.isMediaType(value), is(false));
  }
}
