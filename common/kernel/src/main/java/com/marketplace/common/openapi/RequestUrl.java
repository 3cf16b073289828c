package com.marketplace.common.openapi;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The Postman URL object of a request: {@code {{baseUrl}}} plus the path with OpenAPI's {@code
 * {name}} templates turned into Postman's {@code :name} variables, plus the query.
 */
final class RequestUrl {

  static final String BASE_URL = "{{baseUrl}}";

  private static final Pattern TEMPLATE = Pattern.compile("\\{([^}/]+)}");

  private RequestUrl() {}

  static JsonObject of(String pathTemplate, Parameters parameters) {
    String path = TEMPLATE.matcher(pathTemplate).replaceAll(":$1");
    List<JsonObject> query = parameters.in("query").stream().map(parameters::keyValue).toList();
    JsonArrayBuilder segments = Jsons.FACTORY.createArrayBuilder();
    for (String segment : path.split("/")) {
      if (!segment.isEmpty()) {
        segments.add(segment);
      }
    }
    JsonArrayBuilder variables = Jsons.FACTORY.createArrayBuilder();
    Matcher names = TEMPLATE.matcher(pathTemplate);
    while (names.find()) {
      variables.add(parameters.pathVariable(names.group(1)));
    }
    return Jsons.FACTORY
        .createObjectBuilder()
        .add("raw", BASE_URL + path + queryString(query))
        .add("host", Jsons.FACTORY.createArrayBuilder().add(BASE_URL))
        .add("path", segments)
        .add("variable", variables)
        .add("query", Jsons.FACTORY.createArrayBuilder(query))
        .build();
  }

  /**
   * Optional parameters appear in {@code raw} too, so the URL documents everything the endpoint
   * accepts; Postman sends only the entries that are not disabled.
   */
  private static String queryString(List<JsonObject> query) {
    if (query.isEmpty()) {
      return "";
    }
    return query.stream()
        .map(entry -> entry.getString("key") + "=" + entry.getString("value"))
        .collect(Collectors.joining("&", "?", ""));
  }
}
