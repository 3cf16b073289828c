package com.marketplace.common.openapi;

import static com.marketplace.common.openapi.Documents.parse;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Samples for individual schemas, written as compact JSON for readability. */
class SchemaSamplerTest {

  private static final JsonObject COMPONENTS =
      parse(
          """
          {"components": {"schemas": {
            "Node": {"type": "object", "properties": {"label": {"type": "string"},
                     "next": {"$ref": "#/components/schemas/Node"}}},
            "Ping": {"$ref": "#/components/schemas/Pong"},
            "Pong": {"type": "object", "properties": {"back": {"$ref": "#/components/schemas/Ping"},
                     "n": {"type": "integer"}}},
            "Code": {"type": "string", "enum": ["A1", "B2"]}
          }}}
          """);

  private static String sample(String schema) {
    Optional<JsonValue> value = new SchemaSampler(COMPONENTS).sample(parse(schema));
    return value.map(JsonValue::toString).orElse("<none>");
  }

  @Test
  void stringFormatsGetRealisticValuesAndUnknownFormatsAPlainString() {
    assertThat(
        sample("{\"type\":\"string\",\"format\":\"date-time\"}"), is("\"2024-01-01T00:00:00Z\""));
    assertThat(
        sample("{\"type\":\"string\",\"format\":\"uuid\"}"),
        is("\"3fa85f64-5717-4562-b3fc-2c963f66afa6\""));
    assertThat(sample("{\"type\":\"string\",\"format\":\"x-snowflake\"}"), is("\"string\""));
  }

  @Test
  void scalarTypesGetZeroZeroPointZeroAndTrue() {
    assertThat(sample("{\"type\":\"integer\",\"format\":\"int64\"}"), is("0"));
    assertThat(sample("{\"type\":\"number\"}"), is("0.0"));
    assertThat(sample("{\"type\":\"boolean\"}"), is("true"));
  }

  @Test
  void authoredValuesWinInOrderExampleExamplesDefaultEnum() {
    assertThat(sample("{\"type\":\"integer\",\"example\":7,\"default\":3,\"enum\":[1]}"), is("7"));
    assertThat(sample("{\"type\":\"integer\",\"examples\":[8,9],\"default\":3}"), is("8"));
    assertThat(sample("{\"type\":\"integer\",\"default\":3,\"enum\":[1]}"), is("3"));
    assertThat(sample("{\"$ref\":\"#/components/schemas/Code\"}"), is("\"A1\""));
  }

  @Test
  void oneOfAndAnyOfUseTheFirstAlternative() {
    assertThat(sample("{\"oneOf\":[{\"type\":\"boolean\"},{\"type\":\"string\"}]}"), is("true"));
    assertThat(
        sample("{\"anyOf\":[{\"$ref\":\"#/components/schemas/Code\"},{\"type\":\"integer\"}]}"),
        is("\"A1\""));
  }

  @Test
  void allOfWrappingASingleReferenceStandsForThatReference() {
    assertThat(
        sample("{\"allOf\":[{\"$ref\":\"#/components/schemas/Code\"}],\"description\":\"x\"}"),
        is("\"A1\""));
  }

  @Test
  void allOfLetsLaterPartsOverrideEarlierProperties() {
    assertThat(
        sample(
            "{\"allOf\":[{\"properties\":{\"a\":{\"type\":\"integer\"},"
                + "\"b\":{\"type\":\"boolean\"}}},"
                + "{\"properties\":{\"a\":{\"type\":\"string\"}}}]}"),
        is("{\"a\":\"string\",\"b\":true}"));
  }

  @Test
  void selfReferenceIsOmittedInsteadOfRecursingForever() {
    assertThat(sample("{\"$ref\":\"#/components/schemas/Node\"}"), is("{\"label\":\"string\"}"));
  }

  @Test
  void mutualReferenceCycleIsCutToo() {
    assertThat(sample("{\"$ref\":\"#/components/schemas/Ping\"}"), is("{\"n\":0}"));
  }

  @Test
  void openApi31TypeListsUseTheirNonNullType() {
    assertThat(sample("{\"type\":[\"null\",\"integer\"]}"), is("0"));
    assertThat(sample("{\"type\":\"null\"}"), is("null"));
  }

  @Test
  void untypedSchemasAreInferredFromItemsAndProperties() {
    assertThat(sample("{\"items\":{\"type\":\"integer\"}}"), is("[0]"));
    assertThat(sample("{\"properties\":{\"on\":{\"type\":\"boolean\"}}}"), is("{\"on\":true}"));
    assertThat(sample("{}"), is("{}"));
  }

  @Test
  void mapsShowOneSampleEntry() {
    assertThat(
        sample("{\"type\":\"object\",\"additionalProperties\":{\"type\":\"integer\"}}"),
        is("{\"additionalProp1\":0}"));
  }

  @Test
  void danglingOrExternalReferencesBecomeEmptyObjects() {
    assertThat(sample("{\"$ref\":\"#/components/schemas/Missing\"}"), is("{}"));
    assertThat(sample("{\"$ref\":\"common.yaml#/Money\"}"), is("{}"));
    assertThat(sample("{\"$ref\":\"#/components/schemas/bad~2escape\"}"), is("{}"));
  }
}
