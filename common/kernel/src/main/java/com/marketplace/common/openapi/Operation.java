package com.marketplace.common.openapi;

import static java.util.function.Predicate.not;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One HTTP operation of the document, with the path item it belongs to (whose parameters it
 * inherits).
 *
 * @param path the path template, e.g. {@code /v1/enrollments/{enrollmentId}}
 * @param method the lower-case HTTP method, as OpenAPI spells the key
 * @param pathItem the resolved path item, source of path-level parameters
 * @param definition the operation object
 */
record Operation(String path, String method, JsonObject pathItem, JsonObject definition) {

  /** The fixed fields of a path item that are operations; any other key is metadata. */
  private static final List<String> HTTP_METHODS =
      List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  static final String DEFAULT_FOLDER = "default";

  /** Every operation, in document order: paths as written, then methods as written. */
  static List<Operation> all(JsonObject document) {
    List<Operation> operations = new ArrayList<>();
    Jsons.object(document, "paths")
        .forEach(
            (path, value) -> {
              // 3.1 lets a path item be a $ref into components.pathItems.
              JsonObject pathItem = Jsons.resolve(document, value);
              pathItem.forEach(
                  (key, operation) -> {
                    if (HTTP_METHODS.contains(key) && operation instanceof JsonObject definition) {
                      operations.add(new Operation(path, key, pathItem, definition));
                    }
                  });
            });
    return operations;
  }

  /** The first tag only, so an operation shows up once even when it carries several tags. */
  String folder() {
    return Jsons.array(definition, "tags").stream()
        .filter(tag -> tag.getValueType() == JsonValue.ValueType.STRING)
        .map(Jsons::text)
        .findFirst()
        .orElse(DEFAULT_FOLDER);
  }

  /** Summary, else operationId, else "METHOD path": never blank, so Postman shows every item. */
  String displayName() {
    return Jsons.string(definition, "summary")
        .filter(not(String::isBlank))
        .or(() -> Jsons.string(definition, "operationId").filter(not(String::isBlank)))
        .orElse(method.toUpperCase(Locale.ROOT) + " " + path);
  }

  /** An explicit empty {@code security} list is how OpenAPI marks an operation as public. */
  boolean isPublic() {
    return definition.get("security") instanceof JsonArray security && security.isEmpty();
  }
}
