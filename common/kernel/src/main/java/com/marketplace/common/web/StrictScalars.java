package com.marketplace.common.web;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * Booleans and whole numbers exactly as JSON writes them. JSON-B would otherwise read the string
 * {@code "perhaps"} as {@code false} and {@code "12"} as 12: a client's type error would silently
 * become data.
 */
final class StrictScalars {

  private StrictScalars() {}

  static final class Booleans implements JsonbDeserializer<Boolean> {
    @Override
    public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
      JsonValue value = parser.getValue();
      if (value.getValueType() == JsonValue.ValueType.TRUE) {
        return true;
      }
      if (value.getValueType() == JsonValue.ValueType.FALSE) {
        return false;
      }
      throw new JsonbException("expected true or false but got " + value);
    }
  }

  static final class Integers implements JsonbDeserializer<Integer> {
    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
      return Math.toIntExact(wholeNumber(parser.getValue()));
    }
  }

  static final class Longs implements JsonbDeserializer<Long> {
    @Override
    public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
      return wholeNumber(parser.getValue());
    }
  }

  private static long wholeNumber(JsonValue value) {
    if (value instanceof JsonNumber number && number.isIntegral()) {
      try {
        return number.longValueExact();
      } catch (ArithmeticException e) {
        throw new JsonbException("number out of range: " + value);
      }
    }
    throw new JsonbException("expected a whole number but got " + value);
  }
}
