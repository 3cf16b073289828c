package com.marketplace.common.openapi;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The effective parameters of one operation: the path item's merged with the operation's, where the
 * operation's definition wins for the same name and location, as OpenAPI specifies.
 */
final class Parameters {

  private final JsonObject document;
  private final Map<String, JsonObject> byLocationAndName = new LinkedHashMap<>();

  Parameters(JsonObject document, Operation operation) {
    this.document = document;
    for (JsonObject source : List.of(operation.pathItem(), operation.definition())) {
      for (JsonValue value : Jsons.array(source, "parameters")) {
        JsonObject parameter = Jsons.resolve(document, value);
        Optional<String> name = Jsons.string(parameter, "name");
        Optional<String> location = Jsons.string(parameter, "in");
        if (name.isPresent() && location.isPresent()) {
          byLocationAndName.put(key(location.get(), name.get()), parameter);
        }
      }
    }
  }

  /** Parameters of one location ({@code query}, {@code header}…), in declaration order. */
  List<JsonObject> in(String location) {
    return byLocationAndName.values().stream()
        .filter(parameter -> Jsons.string(parameter, "in").orElse("").equals(location))
        .toList();
  }

  /**
   * A Postman path variable. Names used in the template but never declared still get an entry, so
   * Postman does not send a literal {@code :name}.
   */
  JsonObject pathVariable(String name) {
    JsonObject parameter =
        byLocationAndName.getOrDefault(key("path", name), JsonValue.EMPTY_JSON_OBJECT);
    JsonObjectBuilder variable =
        Jsons.FACTORY.createObjectBuilder().add("key", name).add("value", value(parameter));
    Jsons.string(parameter, "description").ifPresent(text -> variable.add("description", text));
    return variable.build();
  }

  /** A Postman query or header entry; optional ones start disabled so the request stays minimal. */
  JsonObject keyValue(JsonObject parameter) {
    JsonObjectBuilder entry =
        Jsons.FACTORY
            .createObjectBuilder()
            .add("key", Jsons.string(parameter, "name").orElse(""))
            .add("value", value(parameter));
    Jsons.string(parameter, "description").ifPresent(text -> entry.add("description", text));
    if (parameter.get("required") != JsonValue.TRUE) {
      entry.add("disabled", true);
    }
    return entry.build();
  }

  /** The parameter's example, else its schema's example, default or first enum value, else "". */
  private String value(JsonObject parameter) {
    return Jsons.present(parameter, "example")
        .or(() -> Jsons.firstExample(document, parameter))
        .or(() -> SchemaSampler.authoredValue(Jsons.resolve(document, parameter.get("schema"))))
        .map(Jsons::text)
        .orElse("");
  }

  private static String key(String location, String name) {
    return location + ':' + name;
  }
}
