package com.marketplace.common.openapi;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The spec's "API face" at a module's root: a small HTML page listing the module's routes, read
 * from its OpenAPI document (so it lists exactly what the module serves), with links to the
 * module's Swagger UI, OpenAPI document, Postman collection and health.
 */
public final class ApiFace {

  /** The module's own documentation routes, relative to its root, in the order shown. */
  static final Map<String, String> LINKS =
      Map.of(
          "swagger", "Swagger UI",
          "openapi", "OpenAPI document",
          "getPostmanCollection", "Postman collection",
          "health", "Health");

  private static final List<String> LINK_ORDER =
      List.of("swagger", "openapi", "getPostmanCollection", "health");

  private ApiFace() {}

  /**
   * @param module the context root, e.g. {@code booking}
   * @param document the module's OpenAPI document
   */
  public static String html(String module, JsonObject document) {
    StringBuilder page = new StringBuilder();
    page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n")
        .append("<title>")
        .append(escape(module))
        .append(" API</title>\n")
        .append("<link rel=\"icon\" href=\"favicon.ico\">\n")
        .append("<style>body{font-family:sans-serif;margin:2em}td,th{padding:.2em .8em;")
        .append("text-align:left}code{white-space:nowrap}</style>\n</head>\n<body>\n")
        .append("<h1>")
        .append(escape(module))
        .append(" API</h1>\n<p>Version ")
        .append(escape(Jsons.string(Jsons.object(document, "info"), "version").orElse("")))
        .append("</p>\n<ul>\n");
    for (String link : LINK_ORDER) {
      page.append("<li><a href=\"")
          .append(link)
          .append("\">")
          .append(LINKS.get(link))
          .append("</a></li>\n");
    }
    page.append("</ul>\n");
    byFolder(document).forEach((folder, operations) -> section(page, folder, operations));
    return page.append("</body>\n</html>\n").toString();
  }

  private static Map<String, List<Operation>> byFolder(JsonObject document) {
    Map<String, List<Operation>> folders = new TreeMap<>();
    for (Operation operation : Operation.all(document)) {
      folders.computeIfAbsent(operation.folder(), f -> new java.util.ArrayList<>()).add(operation);
    }
    return folders;
  }

  private static void section(StringBuilder page, String folder, List<Operation> operations) {
    page.append("<h2>")
        .append(escape(folder))
        .append("</h2>\n<table>\n<tr><th>method</th><th>path</th><th>what</th><th>access</th>")
        .append("</tr>\n");
    for (Operation operation : operations) {
      page.append("<tr><td><code>")
          .append(operation.method().toUpperCase(Locale.ROOT))
          .append("</code></td><td><code>")
          .append(escape(operation.path()))
          .append("</code></td><td>")
          .append(escape(operation.displayName()))
          .append("</td><td>")
          .append(escape(access(operation)))
          .append("</td></tr>\n");
    }
    page.append("</table>\n");
  }

  private static String access(Operation operation) {
    if (operation.isPublic()) {
      return "public";
    }
    return Jsons.string(operation.definition(), "description")
        .filter(description -> description.startsWith("Roles: "))
        .map(description -> description.substring("Roles: ".length()))
        .orElse("any token");
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
