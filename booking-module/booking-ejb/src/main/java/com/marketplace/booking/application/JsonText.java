package com.marketplace.booking.application;

import jakarta.json.Json;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON columns as values a response can show, and values as JSON columns. */
public final class JsonText {

  private static final Jsonb JSON = JsonbBuilder.create();
  private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

  private JsonText() {}

  /**
   * The JSON text as maps (in the text's order), lists, strings, decimals and booleans; null for
   * null. Read with JSON-P's parser: a list page reads two of these per row, and JSON-B's binding
   * to {@code Object} cost a fifth of that page's allocation (docs/benchmark.md, eighth round).
   */
  public static Object parse(String json) {
    if (json == null) {
      return null;
    }
    try (JsonParser parser = PARSERS.createParser(new StringReader(json))) {
      return value(parser, parser.next());
    }
  }

  public static String write(Object value) {
    return value == null ? null : JSON.toJson(value);
  }

  private static Object value(JsonParser parser, JsonParser.Event event) {
    return switch (event) {
      case START_OBJECT -> {
        Map<String, Object> object = new LinkedHashMap<>();
        for (var e = parser.next(); e != JsonParser.Event.END_OBJECT; e = parser.next()) {
          String key = parser.getString();
          object.put(key, value(parser, parser.next()));
        }
        yield object;
      }
      case START_ARRAY -> {
        List<Object> array = new ArrayList<>();
        for (var e = parser.next(); e != JsonParser.Event.END_ARRAY; e = parser.next()) {
          array.add(value(parser, e));
        }
        yield array;
      }
      case VALUE_STRING -> parser.getString();
      case VALUE_NUMBER -> parser.getBigDecimal();
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      case VALUE_NULL -> null;
      default -> throw new IllegalStateException("unexpected " + event + " in a JSON column");
    };
  }
}
