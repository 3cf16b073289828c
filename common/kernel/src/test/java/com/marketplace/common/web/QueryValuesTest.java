package com.marketplace.common.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.common.error.ApiException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryValuesTest {

  @Test
  void aNulInAnyQueryParameterIsA400NamingIt() {
    ApiException e =
        assertThrows(
            ApiException.class,
            () -> QueryValues.refuseNul(Map.of("objectType", List.of("ok", "a\u0000b"))));

    assertThat(e.status(), is(400));
    assertThat(e.messageKey(), is("errMsg_objectTypeIsNotValid"));
  }

  @Test
  void aNulInAParameterNameIsA400WithoutEchoingIt() {
    ApiException e =
        assertThrows(
            ApiException.class, () -> QueryValues.refuseNul(Map.of("a\u0000", List.of("x"))));

    assertThat(e.messageKey(), is("errMsg_malformedRequest"));
  }

  @Test
  void ordinaryQueriesPass() {
    assertDoesNotThrow(
        () ->
            QueryValues.refuseNul(
                Map.of("from", List.of("2026-01-01T00:00:00Z"), "x", List.of(""))));
  }
}
