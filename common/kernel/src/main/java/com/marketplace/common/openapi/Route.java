package com.marketplace.common.openapi;

import java.lang.reflect.Method;

/**
 * One operation of a REST API: HTTP method, full path template (relative to the module's context
 * root, e.g. {@code v1/permissiongrants/{id}}) and the Java method that serves it.
 */
public record Route(String httpMethod, String path, Method method) {

  /** Whether the path is {@code prefix} or lies below it. */
  public boolean openApiPathStartsWith(String prefix) {
    String path = openApiPath();
    return path.equals(prefix) || path.startsWith(prefix + "/");
  }

  /** The path as OpenAPI writes it: leading slash, no regular expressions in templates. */
  String openApiPath() {
    String plain = path.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
    String trimmed =
        plain.endsWith("/") && plain.length() > 1 ? plain.substring(0, plain.length() - 1) : plain;
    return trimmed.startsWith("/") ? trimmed : "/" + trimmed;
  }
}
