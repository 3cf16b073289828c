package com.marketplace.booking.application;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/** JSON columns as values a response can show, and values as JSON columns. */
public final class JsonText {

  private static final Jsonb JSON = JsonbBuilder.create();

  private JsonText() {}

  /** The JSON text as maps, lists, strings, numbers and booleans; null for null. */
  public static Object parse(String json) {
    return json == null ? null : JSON.fromJson(json, Object.class);
  }

  public static String write(Object value) {
    return value == null ? null : JSON.toJson(value);
  }
}
