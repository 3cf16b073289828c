package com.marketplace.common.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import org.junit.jupiter.api.Test;

class RequestSpansTest {

  @Test
  void theSpansUrlLosesTheQueryWhereAnAccessTokenMayBe() {
    assertThat(
        RequestSpans.withoutQuery(
            URI.create(
                "http://localhost:8080/booking/v1/reservations?access_token=eyJ.secret&x=1")),
        equalTo("http://localhost:8080/booking/v1/reservations"));
  }

  @Test
  void aUrlWithoutQueryIsKept() {
    assertThat(
        RequestSpans.withoutQuery(URI.create("http://localhost:8080/payments/v1/orders/7")),
        equalTo("http://localhost:8080/payments/v1/orders/7"));
  }
}
