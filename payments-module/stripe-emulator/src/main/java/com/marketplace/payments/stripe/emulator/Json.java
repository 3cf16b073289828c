package com.marketplace.payments.stripe.emulator;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.time.Instant;

/** Small helpers for building and reading Stripe-shaped JSON with Gson. */
final class Json {

  /** Stripe answers explicit {@code null}s for unset fields, so nulls are serialized. */
  static final Gson GSON = new GsonBuilder().serializeNulls().create();

  private Json() {}

  /**
   * Builds an object from alternating keys and values (String, Number, Boolean, JsonElement or
   * null).
   */
  static JsonObject object(Object... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("keys and values must come in pairs");
    }
    JsonObject object = new JsonObject();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      object.add((String) keysAndValues[i], of(keysAndValues[i + 1]));
    }
    return object;
  }

  static JsonElement of(Object value) {
    if (value == null) {
      return JsonNull.INSTANCE;
    }
    if (value instanceof JsonElement) {
      return (JsonElement) value;
    }
    if (value instanceof String) {
      return new JsonPrimitive((String) value);
    }
    if (value instanceof Number) {
      return new JsonPrimitive((Number) value);
    }
    if (value instanceof Boolean) {
      return new JsonPrimitive((Boolean) value);
    }
    throw new IllegalArgumentException("not a JSON value: " + value.getClass());
  }

  /** The string at {@code key}, or null when absent or JSON null. */
  static String string(JsonObject object, String key) {
    JsonElement value = object.get(key);
    return value == null || value.isJsonNull() ? null : value.getAsString();
  }

  static long number(JsonObject object, String key) {
    JsonElement value = object.get(key);
    return value == null || value.isJsonNull() ? 0L : value.getAsLong();
  }

  /** The object at {@code key}, or null when absent or JSON null. */
  static JsonObject child(JsonObject object, String key) {
    JsonElement value = object.get(key);
    return value != null && value.isJsonObject() ? value.getAsJsonObject() : null;
  }

  /** Stripe timestamps are Unix seconds. */
  static long now() {
    return Instant.now().getEpochSecond();
  }
}
