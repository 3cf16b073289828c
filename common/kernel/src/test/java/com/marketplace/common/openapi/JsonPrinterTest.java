package com.marketplace.common.openapi;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

class JsonPrinterTest {

  @Test
  void nestedValuesAreIndentedByTwoSpacesWithCompactEmptyContainers() {
    JsonValue value =
        Json.createObjectBuilder()
            .add("name", "a \"quoted\"\nline")
            .add("tags", Json.createArrayBuilder().add(1).add(JsonValue.NULL))
            .add("empty", Json.createObjectBuilder())
            .add("none", Json.createArrayBuilder())
            .build();
    assertThat(
        JsonPrinter.pretty(value),
        is(
            "{\n  \"name\": \"a \\\"quoted\\\"\\nline\",\n  \"tags\": [\n    1,\n    null\n  ],\n"
                + "  \"empty\": {},\n  \"none\": []\n}"));
  }
}
