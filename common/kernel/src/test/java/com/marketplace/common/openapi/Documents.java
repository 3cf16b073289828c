package com.marketplace.common.openapi;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;

/** Loads test documents and navigates the collections converted from them. */
final class Documents {

  private Documents() {}

  static JsonObject resource(String name) {
    try (InputStream in = Documents.class.getResourceAsStream("/" + name);
        JsonReader reader = Json.createReader(in)) {
      return reader.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonObject marketplaceCollection() {
    return PostmanCollection.fromOpenApi(resource("marketplace-openapi.json"), "Marketplace");
  }

  /** A minimal OpenAPI 3.1 document with the given paths. */
  static JsonObjectBuilder openApi(JsonObjectBuilder paths) {
    return Json.createObjectBuilder()
        .add("openapi", "3.1.0")
        .add("info", Json.createObjectBuilder().add("title", "Tiny").add("version", "1"))
        .add("paths", paths);
  }

  /** A path item with just a GET operation. */
  static JsonObjectBuilder get(JsonObjectBuilder operation) {
    return Json.createObjectBuilder().add("get", operation);
  }

  static JsonObject parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  static List<String> names(JsonObject parent) {
    return parent.getJsonArray("item").stream()
        .map(item -> item.asJsonObject().getString("name"))
        .toList();
  }

  static JsonObject folder(JsonObject collection, String name) {
    return named(collection, name);
  }

  /** The {@code request} object of the item {@code name} in folder {@code folder}. */
  static JsonObject request(JsonObject collection, String folder, String name) {
    return named(folder(collection, folder), name).getJsonObject("request");
  }

  /** The request's JSON body, parsed back from its raw text. */
  static JsonObject body(JsonObject request) {
    return parse(request.getJsonObject("body").getString("raw"));
  }

  /** Query or header entries, or path variables, keyed for readable assertions. */
  static JsonObject entry(List<JsonValue> entries, String key) {
    return entries.stream()
        .map(JsonValue::asJsonObject)
        .filter(entry -> entry.getString("key").equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entry " + key + " in " + entries));
  }

  private static JsonObject named(JsonObject parent, String name) {
    return parent.getJsonArray("item").stream()
        .map(JsonValue::asJsonObject)
        .filter(item -> item.getString("name").equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no item " + name + " in " + names(parent)));
  }
}
