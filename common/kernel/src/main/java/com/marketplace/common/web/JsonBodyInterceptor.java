package com.marketplace.common.web;

import jakarta.annotation.Priority;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Collection;
import java.util.Map;

/**
 * Applies the {@link JsonBodyPolicy} to every JSON body before its reader (JSON-B, or the raw
 * string a webhook verifies) sees it, then hands over the very same bytes.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class JsonBodyInterceptor implements ReaderInterceptor {

  private final JsonBodyPolicy policy = new JsonBodyPolicy(BodyLimits.fromConfig());

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (!isJson(context.getMediaType())) {
      return context.proceed();
    }
    byte[] body = context.getInputStream().readAllBytes(); // capped by BodyLimitFilter
    if (body.length > 0) {
      policy.check(body, BodyLimitFilter.charsetOf(context.getMediaType()), rootOf(context));
    }
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }

  static boolean isJson(MediaType type) {
    return type != null
        && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
            || type.getSubtype().toLowerCase().endsWith("+json"))
        && !type.isWildcardType()
        && !type.isWildcardSubtype();
  }

  /** Records, beans and maps bind from an object, collections from an array. */
  static JsonBodyPolicy.Root rootOf(ReaderInterceptorContext context) {
    Class<?> type = context.getType();
    if (Collection.class.isAssignableFrom(type) || type.isArray() && type != byte[].class) {
      return JsonBodyPolicy.Root.ARRAY;
    }
    if (JsonArray.class.isAssignableFrom(type)) {
      return JsonBodyPolicy.Root.ARRAY;
    }
    if (JsonObject.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)) {
      return JsonBodyPolicy.Root.OBJECT;
    }
    boolean raw =
        type == String.class
            || type.isPrimitive()
            || type.isEnum()
            || type == byte[].class
            || InputStream.class.isAssignableFrom(type)
            || Reader.class.isAssignableFrom(type)
            || type == Object.class
            || type.getName().startsWith("java.")
            || type.getName().startsWith("jakarta.json.");
    return raw ? JsonBodyPolicy.Root.ANY : JsonBodyPolicy.Root.OBJECT;
  }
}
