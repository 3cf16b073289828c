package com.marketplace.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every operation a module documents, read from the Postman collection the kernel generates from
 * the module's own OpenAPI document ({@code /<module>/getPostmanCollection}): method, path
 * template, query parameters and a sample JSON body.
 */
public final class PostmanRequests {

  private static final ObjectMapper JSON = new ObjectMapper();

  private PostmanRequests() {}

  /** One documented operation. {@code path} keeps Postman's {@code :name} variables. */
  public record Call(
      String module,
      String method,
      String path,
      Map<String, String> query,
      String body,
      boolean isPublic) {

    public String name() {
      return method + " /" + module + path;
    }
  }

  public static List<Call> of(String module) throws IOException {
    String collection = Platform.module(module).get("/getPostmanCollection").asString();
    List<Call> calls = new ArrayList<>();
    collect(module, JSON.readTree(collection).path("item"), calls);
    return calls;
  }

  private static void collect(String module, JsonNode items, List<Call> calls) {
    for (JsonNode item : items) {
      if (item.has("item")) {
        collect(module, item.get("item"), calls);
        continue;
      }
      JsonNode request = item.path("request");
      StringBuilder path = new StringBuilder();
      for (JsonNode segment : request.path("url").path("path")) {
        path.append('/').append(segment.asText());
      }
      Map<String, String> query = new LinkedHashMap<>();
      for (JsonNode parameter : request.path("url").path("query")) {
        query.put(parameter.path("key").asText(), parameter.path("value").asText());
      }
      JsonNode body = request.path("body").path("raw");
      calls.add(
          new Call(
              module,
              request.path("method").asText(),
              path.toString(),
              query,
              body.isMissingNode() ? null : body.asText(),
              "noauth".equals(request.path("auth").path("type").asText())));
    }
  }
}
