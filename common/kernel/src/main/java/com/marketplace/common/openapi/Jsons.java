package com.marketplace.common.openapi;

import jakarta.json.JsonArray;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonPointer;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lenient readers over JSON-P values. OpenAPI documents in the wild put unexpected types in
 * optional places; reading through these helpers turns such spots into "absent" instead of a {@link
 * ClassCastException}.
 */
final class Jsons {

  /** Looked up once: {@code Json.createXxx} would consult the service loader on every call. */
  static final JsonProvider PROVIDER = JsonProvider.provider();

  static final JsonBuilderFactory FACTORY = PROVIDER.createBuilderFactory(Map.of());

  private Jsons() {}

  static JsonObject object(JsonObject parent, String key) {
    return parent.get(key) instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
  }

  static JsonArray array(JsonObject parent, String key) {
    return parent.get(key) instanceof JsonArray array ? array : JsonValue.EMPTY_JSON_ARRAY;
  }

  static Optional<String> string(JsonObject parent, String key) {
    return parent.get(key) instanceof JsonString string
        ? Optional.of(string.getString())
        : Optional.empty();
  }

  /** A value present and not {@code null}: a null example or default gives nothing to show. */
  static Optional<JsonValue> present(JsonObject parent, String key) {
    JsonValue value = parent.get(key);
    return value == null || value == JsonValue.NULL ? Optional.empty() : Optional.of(value);
  }

  static Optional<JsonValue> first(JsonArray values) {
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** The value of the first entry in an OpenAPI {@code examples} map (name to Example Object). */
  static Optional<JsonValue> firstExample(JsonObject root, JsonObject owner) {
    return object(owner, "examples").values().stream()
        .findFirst()
        .flatMap(example -> present(resolve(root, example), "value"));
  }

  /** The value as a person would type it into Postman: strings unquoted, lists comma-separated. */
  static String text(JsonValue value) {
    return switch (value.getValueType()) {
      case STRING -> ((JsonString) value).getString();
      case NULL -> "";
      case ARRAY -> value.asJsonArray().stream().map(Jsons::text).collect(Collectors.joining(","));
      default -> value.toString();
    };
  }

  /**
   * Follows a chain of local {@code $ref}s ({@code #/components/...}) to the object it names. An
   * external or dangling reference, or a loop of references, resolves to an empty object.
   */
  static JsonObject resolve(JsonObject root, JsonValue value) {
    Set<String> seen = new HashSet<>();
    JsonValue current = value;
    while (current instanceof JsonObject object && object.containsKey("$ref")) {
      Optional<String> ref = string(object, "$ref");
      if (ref.isEmpty() || !seen.add(ref.get())) {
        return JsonValue.EMPTY_JSON_OBJECT;
      }
      current = target(root, ref.get()).orElse(JsonValue.EMPTY_JSON_OBJECT);
    }
    return current instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
  }

  /** The object a local reference points at; other documents are out of reach here. */
  static Optional<JsonObject> target(JsonObject root, String ref) {
    if (!ref.startsWith("#/")) {
      return Optional.empty();
    }
    try {
      JsonPointer pointer = PROVIDER.createPointer(ref.substring(1));
      return pointer.containsValue(root) && pointer.getValue(root) instanceof JsonObject target
          ? Optional.of(target)
          : Optional.empty();
    } catch (JsonException malformed) {
      // A typo in one reference must not cost the caller the whole collection.
      return Optional.empty();
    }
  }
}
