package com.marketplace.common.openapi;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builds the Postman item (request plus empty saved responses) for one OpenAPI operation. */
final class RequestItem {

  /** OpenAPI says header parameters with these names SHALL be ignored: other fields carry them. */
  private static final Set<String> RESERVED_HEADERS =
      Set.of("accept", "content-type", "authorization");

  private static final String JSON = "application/json";

  private final JsonObject document;
  private final SchemaSampler sampler;

  RequestItem(JsonObject document, SchemaSampler sampler) {
    this.document = document;
    this.sampler = sampler;
  }

  JsonObject of(Operation operation) {
    Parameters parameters = new Parameters(document, operation);
    Optional<Map.Entry<String, JsonObject>> jsonBody = jsonMediaType(operation.definition());
    JsonObjectBuilder request =
        Jsons.FACTORY
            .createObjectBuilder()
            .add("method", operation.method().toUpperCase(Locale.ROOT))
            .add("header", headers(parameters, jsonBody.map(Map.Entry::getKey)))
            .add("url", RequestUrl.of(operation.path(), parameters));
    jsonBody.ifPresent(media -> request.add("body", body(media.getValue())));
    if (operation.isPublic()) {
      // Overrides the collection's bearer token for endpoints that must work anonymously.
      request.add("auth", Jsons.FACTORY.createObjectBuilder().add("type", "noauth"));
    }
    Jsons.string(operation.definition(), "description")
        .ifPresent(text -> request.add("description", text));
    return Jsons.FACTORY
        .createObjectBuilder()
        .add("name", operation.displayName())
        .add("request", request)
        .add("response", JsonValue.EMPTY_JSON_ARRAY)
        .build();
  }

  private static JsonArrayBuilder headers(Parameters parameters, Optional<String> contentType) {
    JsonArrayBuilder headers = Jsons.FACTORY.createArrayBuilder();
    for (JsonObject parameter : parameters.in("header")) {
      String name = Jsons.string(parameter, "name").orElse("");
      if (!RESERVED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
        headers.add(parameters.keyValue(parameter));
      }
    }
    contentType.ifPresent(
        type ->
            headers.add(
                Jsons.FACTORY.createObjectBuilder().add("key", "Content-Type").add("value", type)));
    return headers;
  }

  /**
   * The JSON media type of the request body: {@code application/json} itself, else the first JSON
   * variant such as {@code application/merge-patch+json}. Other bodies are not templated.
   */
  private Optional<Map.Entry<String, JsonObject>> jsonMediaType(JsonObject operation) {
    JsonObject content =
        Jsons.object(Jsons.resolve(document, operation.get("requestBody")), "content");
    if (content.get(JSON) instanceof JsonObject media) {
      return Optional.of(Map.entry(JSON, media));
    }
    return content.entrySet().stream()
        .filter(entry -> entry.getKey().toLowerCase(Locale.ROOT).contains("json"))
        .filter(entry -> entry.getValue() instanceof JsonObject)
        .findFirst()
        .map(entry -> Map.entry(entry.getKey(), entry.getValue().asJsonObject()));
  }

  /** The media type's own example wins over one generated from the schema. */
  private JsonObject body(JsonObject mediaType) {
    JsonValue sample =
        Jsons.present(mediaType, "example")
            .or(() -> Jsons.firstExample(document, mediaType))
            .or(() -> Optional.ofNullable(mediaType.get("schema")).flatMap(sampler::sample))
            .orElse(JsonValue.EMPTY_JSON_OBJECT);
    JsonObjectBuilder options =
        Jsons.FACTORY
            .createObjectBuilder()
            .add("raw", Jsons.FACTORY.createObjectBuilder().add("language", "json"));
    return Jsons.FACTORY
        .createObjectBuilder()
        .add("mode", "raw")
        .add("raw", JsonPrinter.pretty(sample))
        .add("options", options)
        .build();
  }
}
