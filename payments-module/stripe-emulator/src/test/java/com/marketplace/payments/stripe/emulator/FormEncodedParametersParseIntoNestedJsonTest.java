package com.marketplace.payments.stripe.emulator;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;

class FormEncodedParametersParseIntoNestedJsonTest {

  @Test
  void bracketKeysBecomeObjectsAndIndexedKeysBecomeArrays() {
    JsonObject parsed =
        FormParser.parse(
            "amount=1000&metadata%5Border_id%5D=42&metadata[note]=a+b%26c"
                + "&payment_method_types[1]=sepa_debit&payment_method_types[0]=card"
                + "&automatic_payment_methods[enabled]=true&expand[]=latest_charge&expand[]=customer");

    assertThat(
        parsed.toString(),
        equalTo(
            "{\"amount\":\"1000\","
                + "\"metadata\":{\"order_id\":\"42\",\"note\":\"a b&c\"},"
                + "\"payment_method_types\":[\"card\",\"sepa_debit\"],"
                + "\"automatic_payment_methods\":{\"enabled\":\"true\"},"
                + "\"expand\":[\"latest_charge\",\"customer\"]}"));
  }

  @Test
  void emptyInputAndEmptyValuesAreKept() {
    assertThat(FormParser.parse(null).size(), equalTo(0));
    assertThat(
        FormParser.parse("metadata=&description=").toString(),
        equalTo("{\"metadata\":\"\",\"description\":\"\"}"));
  }

  @Test
  void nestedArraysOfObjectsParse() {
    JsonObject parsed =
        FormParser.parse("items[0][price]=p1&items[0][quantity]=2&items[1][price]=p2");

    assertThat(
        parsed.toString(),
        equalTo("{\"items\":[{\"price\":\"p1\",\"quantity\":\"2\"},{\"price\":\"p2\"}]}"));
  }
}
