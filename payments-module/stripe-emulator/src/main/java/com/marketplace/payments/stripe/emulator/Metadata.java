package com.marketplace.payments.stripe.emulator;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Map;

/**
 * Stripe's metadata update rules: keys merge, an empty value unsets a key, {@code metadata=""}
 * clears all.
 */
final class Metadata {

  private static final int MAX_KEYS = 50;
  private static final int MAX_KEY_LENGTH = 40;
  private static final int MAX_VALUE_LENGTH = 500;

  private Metadata() {}

  static void apply(JsonObject target, Params params) {
    if (!params.has("metadata")) {
      return;
    }
    JsonElement update = params.raw().get("metadata");
    JsonObject metadata = target.getAsJsonObject("metadata");
    if (update.isJsonPrimitive() && update.getAsString().isEmpty()) {
      target.add("metadata", new JsonObject());
      return;
    }
    if (!update.isJsonObject()) {
      throw params.invalid("Invalid object", "metadata");
    }
    for (Map.Entry<String, JsonElement> entry : update.getAsJsonObject().entrySet()) {
      String key = entry.getKey();
      String value = entry.getValue().getAsString();
      if (key.length() > MAX_KEY_LENGTH || value.length() > MAX_VALUE_LENGTH) {
        throw params.invalid(
            "Metadata keys can be up to "
                + MAX_KEY_LENGTH
                + " characters and values up to "
                + MAX_VALUE_LENGTH
                + " characters.",
            "metadata[" + key + "]");
      }
      if (value.isEmpty()) {
        metadata.remove(key);
      } else {
        metadata.addProperty(key, value);
      }
    }
    if (metadata.size() > MAX_KEYS) {
      throw params.invalid("You can have up to " + MAX_KEYS + " metadata keys.", "metadata");
    }
  }
}
