package com.marketplace.common.openapi;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The media types a route really consumes and produces, as its JAX-RS annotations declare. */
final class MediaTypes {

  private MediaTypes() {}

  /** The method's {@code @Consumes}, else its class's, else JSON. */
  static List<String> consumed(Method method) {
    Consumes consumes = method.getAnnotation(Consumes.class);
    if (consumes == null) {
      consumes = method.getDeclaringClass().getAnnotation(Consumes.class);
    }
    return consumes == null ? List.of(MediaType.APPLICATION_JSON) : split(consumes.value());
  }

  /** The first of the method's {@code @Produces}, else its class's, else JSON. */
  static String produced(Method method) {
    Produces produces = method.getAnnotation(Produces.class);
    if (produces == null) {
      produces = method.getDeclaringClass().getAnnotation(Produces.class);
    }
    return produces == null ? MediaType.APPLICATION_JSON : split(produces.value()).get(0);
  }

  static boolean isJson(String mediaType) {
    return mediaType.toLowerCase(Locale.ROOT).contains("json");
  }

  /** Each value may itself list several types, comma-separated; parameters are dropped. */
  private static List<String> split(String[] values) {
    return Arrays.stream(values)
        .flatMap(value -> Arrays.stream(value.split(",")))
        .map(type -> type.split(";")[0].trim())
        .filter(type -> !type.isEmpty())
        .toList();
  }
}
