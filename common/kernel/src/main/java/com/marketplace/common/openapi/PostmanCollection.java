package com.marketplace.common.openapi;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Converts an OpenAPI 3.0/3.1 document into a Postman Collection v2.1, so a consumer can import the
 * API straight into Postman: one folder per tag, one request per operation, {@code {{baseUrl}}} and
 * {@code {{accessToken}}} collection variables, and JSON bodies sampled from the request schemas.
 *
 * <p>The conversion is a pure function: the same document always gives the same collection
 * (including {@code _postman_id}), so Postman treats a re-import as the same collection. Documents
 * that are valid but sparse (no servers, no components, no paths) convert without error.
 */
public final class PostmanCollection {

  /** The schema URL Postman uses to recognise the v2.1 format on import. */
  private static final String SCHEMA =
      "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";

  private PostmanCollection() {}

  /**
   * Converts {@code openApi} into a Postman collection.
   *
   * @param openApi the OpenAPI document, e.g. MicroProfile OpenAPI's {@code /openapi?format=JSON}
   * @param collectionName the collection's name; when null or blank, {@code info.title} is used
   * @return the collection, ready to serialise
   * @throws IllegalArgumentException if {@code openApi} is null or not an OpenAPI 3.x document
   */
  public static JsonObject fromOpenApi(JsonObject openApi, String collectionName) {
    requireOpenApi3(openApi);
    String name =
        Optional.ofNullable(collectionName)
            .filter(text -> !text.isBlank())
            .or(() -> Jsons.string(Jsons.object(openApi, "info"), "title"))
            .orElse("OpenAPI");
    List<Operation> operations = Operation.all(openApi);
    JsonObjectBuilder collection =
        Jsons.FACTORY
            .createObjectBuilder()
            .add("info", info(openApi, name))
            .add("item", folders(openApi, operations));
    if (usesBearerToken(openApi, operations)) {
      collection.add("auth", bearerAuth());
    }
    return collection.add("variable", variables(openApi)).build();
  }

  private static void requireOpenApi3(JsonObject openApi) {
    if (openApi == null) {
      throw new IllegalArgumentException("No OpenAPI document given (null)");
    }
    JsonValue version = openApi.get("openapi");
    if (!(version instanceof JsonString text)) {
      throw new IllegalArgumentException(
          "Not an OpenAPI 3.x document: the 'openapi' version field is missing"
              + (openApi.containsKey("swagger") ? " (Swagger 2.0 is not supported)" : ""));
    }
    if (!text.getString().startsWith("3.")) {
      throw new IllegalArgumentException(
          "Unsupported OpenAPI version '" + text.getString() + "': only 3.0 and 3.1 are converted");
    }
  }

  private static JsonObject info(JsonObject openApi, String name) {
    JsonObjectBuilder info =
        Jsons.FACTORY
            .createObjectBuilder()
            .add("name", name)
            .add(
                "_postman_id",
                UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString());
    Jsons.string(Jsons.object(openApi, "info"), "description")
        .ifPresent(text -> info.add("description", text));
    return info.add("schema", SCHEMA).build();
  }

  /** Declared tags first, in order; then tags (and "default") as operations bring them up. */
  private static JsonArrayBuilder folders(JsonObject openApi, List<Operation> operations) {
    Map<String, List<Operation>> byFolder = new LinkedHashMap<>();
    Map<String, String> descriptions = new LinkedHashMap<>();
    for (JsonValue value : Jsons.array(openApi, "tags")) {
      JsonObject tag = value instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
      Jsons.string(tag, "name")
          .ifPresent(
              tagName -> {
                byFolder.putIfAbsent(tagName, new ArrayList<>());
                Jsons.string(tag, "description")
                    .ifPresent(text -> descriptions.putIfAbsent(tagName, text));
              });
    }
    operations.forEach(
        operation ->
            byFolder.computeIfAbsent(operation.folder(), key -> new ArrayList<>()).add(operation));
    RequestItem requests = new RequestItem(openApi, new SchemaSampler(openApi));
    JsonArrayBuilder folders = Jsons.FACTORY.createArrayBuilder();
    byFolder.forEach(
        (folderName, members) -> {
          // A declared tag nobody uses would only be an empty folder in Postman.
          if (members.isEmpty()) {
            return;
          }
          JsonObjectBuilder folder = Jsons.FACTORY.createObjectBuilder().add("name", folderName);
          Optional.ofNullable(descriptions.get(folderName))
              .ifPresent(text -> folder.add("description", text));
          JsonArrayBuilder items = Jsons.FACTORY.createArrayBuilder();
          members.forEach(operation -> items.add(requests.of(operation)));
          folders.add(folder.add("item", items));
        });
    return folders;
  }

  /** A global requirement, or any operation naming an HTTP bearer scheme, needs a token. */
  private static boolean usesBearerToken(JsonObject openApi, List<Operation> operations) {
    if (!Jsons.array(openApi, "security").isEmpty()) {
      return true;
    }
    Set<String> bearerSchemes =
        Jsons.object(Jsons.object(openApi, "components"), "securitySchemes").entrySet().stream()
            .filter(scheme -> isHttpBearer(Jsons.resolve(openApi, scheme.getValue())))
            .map(Map.Entry::getKey)
            .collect(Collectors.toSet());
    return operations.stream()
        .flatMap(operation -> Jsons.array(operation.definition(), "security").stream())
        .filter(JsonObject.class::isInstance)
        .anyMatch(
            requirement ->
                requirement.asJsonObject().keySet().stream().anyMatch(bearerSchemes::contains));
  }

  private static boolean isHttpBearer(JsonObject scheme) {
    return Jsons.string(scheme, "type").orElse("").equals("http")
        && Jsons.string(scheme, "scheme").orElse("").toLowerCase(Locale.ROOT).equals("bearer");
  }

  private static JsonObject bearerAuth() {
    JsonObjectBuilder token =
        Jsons.FACTORY
            .createObjectBuilder()
            .add("key", "token")
            .add("value", "{{accessToken}}")
            .add("type", "string");
    return Jsons.FACTORY
        .createObjectBuilder()
        .add("type", "bearer")
        .add("bearer", Jsons.FACTORY.createArrayBuilder().add(token))
        .build();
  }

  private static JsonArrayBuilder variables(JsonObject openApi) {
    return Jsons.FACTORY
        .createArrayBuilder()
        .add(variable("baseUrl", ServerUrl.first(openApi)))
        .add(variable("accessToken", ""));
  }

  private static JsonObjectBuilder variable(String key, String value) {
    return Jsons.FACTORY
        .createObjectBuilder()
        .add("key", key)
        .add("value", value)
        .add("type", "string");
  }
}
