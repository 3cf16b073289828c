package com.marketplace.common.openapi;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** Derives the {@code baseUrl} collection variable from the document's first server. */
final class ServerUrl {

  /** Where requests go when the document names no server. */
  static final String DEFAULT = "http://localhost:8080";

  private ServerUrl() {}

  /**
   * The first server's URL with its variables set to their defaults and no trailing slash, since
   * every request path brings its own leading one. A relative URL (OpenAPI resolves it against
   * where the document was served, which Postman cannot know) is resolved against {@link #DEFAULT}.
   */
  static String first(JsonObject openApi) {
    JsonObject server =
        Jsons.array(openApi, "servers").stream()
            .filter(JsonObject.class::isInstance)
            .map(JsonValue::asJsonObject)
            .filter(candidate -> Jsons.string(candidate, "url").isPresent())
            .findFirst()
            .orElse(JsonValue.EMPTY_JSON_OBJECT);
    String url = Jsons.string(server, "url").orElse("");
    JsonObject variables = Jsons.object(server, "variables");
    for (String name : variables.keySet()) {
      String value = Jsons.string(Jsons.object(variables, name), "default").orElse("");
      url = url.replace("{" + name + "}", value);
    }
    while (url.endsWith("/")) {
      url = url.substring(0, url.length() - 1);
    }
    return url.isEmpty() || url.startsWith("/") && !url.startsWith("//") ? DEFAULT + url : url;
  }
}
