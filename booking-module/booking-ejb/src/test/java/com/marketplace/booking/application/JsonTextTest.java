package com.marketplace.booking.application;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTextTest {

  private static final String SNAPSHOT =
      "{\"preset\":\"moderate\",\"refunds\":[{\"beforeHours\":120,\"percent\":100},"
          + "{\"beforeHours\":24,\"percent\":50.0}],\"fee\":1E-10,\"note\":\"\\\"caf\\u00e9\\\"\","
          + "\"strict\":false,\"partial\":true,\"until\":null,\"tags\":[],\"nested\":{}}";

  @Test
  void aColumnReadsAsJsonBindingReadItAndKeepsItsOrder() throws Exception {
    Object parsed = JsonText.parse(SNAPSHOT);

    try (var jsonb = JsonbBuilder.create()) {
      assertThat(parsed, equalTo(jsonb.fromJson(SNAPSHOT, Object.class)));
    }
    assertThat(
        ((Map<?, ?>) parsed).keySet(),
        contains(
            "preset", "refunds", "fee", "note", "strict", "partial", "until", "tags", "nested"));
    assertThat(((Map<?, ?>) parsed).get("note"), equalTo("\"café\""));
  }

  @Test
  void scalarsAndArraysAtTheTopAndNullRead() {
    assertThat(JsonText.parse("[\"a\",1]"), equalTo(List.of("a", new java.math.BigDecimal("1"))));
    assertThat(JsonText.parse("null"), nullValue());
    assertThat(JsonText.parse(null), nullValue());
    assertThat(
        JsonText.parse(JsonText.write(Map.of("k", List.of(1, 2)))),
        equalTo(
            Map.of("k", List.of(new java.math.BigDecimal("1"), new java.math.BigDecimal("2")))));
  }
}
