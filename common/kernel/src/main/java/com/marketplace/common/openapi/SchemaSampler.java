package com.marketplace.common.openapi;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds a representative JSON instance of an OpenAPI schema, used as the editable body of a
 * Postman request. Values the author wrote ({@code example}, {@code default}, {@code enum}…) win
 * over generic placeholders, so the template is as close to a working call as the document allows.
 *
 * <p>One instance serves one document and is not thread-safe: it tracks the references being
 * expanded to cut recursive schemas.
 */
final class SchemaSampler {

  private static final Map<String, String> STRING_FORMATS =
      Map.of(
          "date-time", "2024-01-01T00:00:00Z",
          "date", "2024-01-01",
          "time", "12:00:00",
          "uuid", "3fa85f64-5717-4562-b3fc-2c963f66afa6",
          "email", "user@example.com",
          "uri", "https://example.com");

  private final JsonObject root;
  private final Set<String> expanding = new HashSet<>();

  SchemaSampler(JsonObject root) {
    this.root = root;
  }

  /**
   * A sample for {@code schema}, or empty when the schema only leads back into a reference that is
   * already being expanded: the caller then leaves that property or array item out, which keeps
   * recursive types finite.
   */
  Optional<JsonValue> sample(JsonValue schema) {
    if (!(schema instanceof JsonObject object)) {
      // OpenAPI 3.1 allows boolean schemas; "anything" is best shown as an empty object.
      return Optional.of(JsonValue.EMPTY_JSON_OBJECT);
    }
    Optional<String> ref = Jsons.string(object, "$ref");
    if (ref.isPresent()) {
      return sampleReference(ref.get());
    }
    Optional<JsonValue> authored = authoredValue(object);
    if (authored.isPresent()) {
      return authored;
    }
    JsonArray allOf = Jsons.array(object, "allOf");
    if (!allOf.isEmpty()) {
      return Optional.of(sampleAllOf(object, allOf));
    }
    for (String choice : new String[] {"oneOf", "anyOf"}) {
      JsonArray alternatives = Jsons.array(object, choice);
      if (!alternatives.isEmpty()) {
        return sample(alternatives.get(0));
      }
    }
    return sampleByType(object);
  }

  private Optional<JsonValue> sampleReference(String ref) {
    if (!expanding.add(ref)) {
      return Optional.empty();
    }
    try {
      return sample(Jsons.target(root, ref).orElse(JsonValue.EMPTY_JSON_OBJECT));
    } finally {
      expanding.remove(ref);
    }
  }

  /** The value the document's author gave for this schema, if any, in order of intent. */
  static Optional<JsonValue> authoredValue(JsonObject schema) {
    return Jsons.present(schema, "example")
        // In 3.1 "examples" is the JSON Schema keyword: an array of instances.
        .or(() -> Jsons.first(Jsons.array(schema, "examples")))
        .or(() -> Jsons.present(schema, "default"))
        .or(() -> Jsons.present(schema, "const"))
        .or(() -> Jsons.first(Jsons.array(schema, "enum")));
  }

  /** Object parts are merged in order (later wins); a lone non-object part stands for itself. */
  private JsonValue sampleAllOf(JsonObject schema, JsonArray parts) {
    Map<String, JsonValue> merged = new LinkedHashMap<>();
    JsonValue firstScalar = null;
    for (JsonValue part : parts) {
      Optional<JsonValue> sample = sample(part);
      if (sample.isPresent() && sample.get() instanceof JsonObject object) {
        merged.putAll(object);
      } else if (sample.isPresent() && firstScalar == null) {
        firstScalar = sample.get();
      }
    }
    merged.putAll(sampleProperties(schema));
    if (merged.isEmpty() && firstScalar != null) {
      return firstScalar;
    }
    return objectOf(merged);
  }

  private Optional<JsonValue> sampleByType(JsonObject schema) {
    return switch (typeOf(schema)) {
      case "string" -> Optional.of(sampleString(schema));
      case "integer" -> Optional.of(Jsons.PROVIDER.createValue(0));
      case "number" -> Optional.of(Jsons.PROVIDER.createValue(0.0));
      case "boolean" -> Optional.of(JsonValue.TRUE);
      case "null" -> Optional.of(JsonValue.NULL);
      case "array" -> Optional.of(sampleArray(schema));
      default -> Optional.of(objectOf(sampleProperties(schema)));
    };
  }

  /** Formats the table does not know still get a valid string, never an error. */
  private static JsonValue sampleString(JsonObject schema) {
    String format = Jsons.string(schema, "format").orElse("");
    return Jsons.PROVIDER.createValue(STRING_FORMATS.getOrDefault(format, "string"));
  }

  private JsonValue sampleArray(JsonObject schema) {
    Optional<JsonValue> item =
        schema.containsKey("items") ? sample(schema.get("items")) : Optional.empty();
    return item.map(value -> Jsons.FACTORY.createArrayBuilder().add(value).build())
        .orElse(JsonValue.EMPTY_JSON_ARRAY);
  }

  private Map<String, JsonValue> sampleProperties(JsonObject schema) {
    Map<String, JsonValue> sample = new LinkedHashMap<>();
    Jsons.object(schema, "properties")
        .forEach(
            (name, property) -> {
              // The server ignores readOnly properties in requests, so the template omits them.
              if (!isReadOnly(property)) {
                sample(property).ifPresent(value -> sample.put(name, value));
              }
            });
    if (sample.isEmpty() && schema.get("additionalProperties") instanceof JsonObject values) {
      sample(values).ifPresent(value -> sample.put("additionalProp1", value));
    }
    return sample;
  }

  private boolean isReadOnly(JsonValue property) {
    return Jsons.resolve(root, property).get("readOnly") == JsonValue.TRUE;
  }

  /** The declared type; 3.1 lists like {@code ["string","null"]} count as their non-null type. */
  private static String typeOf(JsonObject schema) {
    JsonValue type = schema.get("type");
    if (type instanceof JsonString name) {
      return name.getString();
    }
    if (type instanceof JsonArray names) {
      return names.stream()
          .filter(JsonString.class::isInstance)
          .map(name -> ((JsonString) name).getString())
          .filter(name -> !"null".equals(name))
          .findFirst()
          .orElse("null");
    }
    return schema.containsKey("items") ? "array" : "object";
  }

  private static JsonObject objectOf(Map<String, JsonValue> members) {
    JsonObjectBuilder builder = Jsons.FACTORY.createObjectBuilder();
    members.forEach(builder::add);
    return builder.build();
  }
}
