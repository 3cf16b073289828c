package com.marketplace.common.api;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvelopeTest {

  @Test
  void carriesTheSpecsMetadataInTheSpecsOrder() {
    Map<String, Object> body =
        Envelope.single(
            context("GET", 0, "0123456789abcdef0123456789abcdef"), 200, "thing", "get", "x");

    assertThat(
        List.copyOf(body.keySet()),
        contains(
            "status",
            "statusCode",
            "elapsedMs",
            "ssoTime",
            "source",
            "cacheKey",
            "userId",
            "sessionId",
            "requestId",
            "dataName",
            "method",
            "action",
            "appVersion",
            "rowCount",
            "thing"));
  }

  @Test
  void ssoTimeIsTheTokenVerificationInWholeMillisecondsAndPartOfTheElapsedTime() {
    Map<String, Object> body =
        Envelope.single(context("GET", 7_600_000, null), 200, "thing", "get", "x");

    assertThat(body.get("ssoTime"), equalTo(7L));
    assertThat((Long) body.get("elapsedMs"), greaterThanOrEqualTo(7L));
  }

  @Test
  void cacheKeyIsTheRequestsOwnAndNullForAWrite() {
    String key = "0123456789abcdef0123456789abcdef";

    assertThat(
        Envelope.single(context("GET", 0, key), 200, "thing", "get", "x").get("cacheKey"),
        equalTo(key));
    assertThat(
        Envelope.single(context("POST", 0, null), 201, "thing", "create", "x").get("cacheKey"),
        nullValue());
  }

  @Test
  void listsCarryTheSameMetadata() {
    Page<String> page = new Page<>(List.of("a"), new PageRequest(1, 25), 1);

    Map<String, Object> body =
        Envelope.list(context("GET", 2_000_000, "k"), "things", page, List.of());

    assertThat(body.get("ssoTime"), equalTo(2L));
    assertThat(body.get("cacheKey"), equalTo("k"));
  }

  private static RequestContext context(String method, long ssoNanos, String cacheKey) {
    RequestContext context = new RequestContext();
    context.begin(method, CommonParameters.parse(name -> null), null, ssoNanos, cacheKey);
    return context;
  }
}
