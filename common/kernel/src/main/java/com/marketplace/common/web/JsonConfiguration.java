package com.marketplace.common.web;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON as the spec shows it: absent values are written as {@code null}, not left out; and read
 * strictly, so a value of the wrong type or a date out of {@link DateBounds} is a 400 rather than a
 * guess. (Size, depth and number bounds were checked before: {@link JsonBodyPolicy}.)
 */
@Provider
public class JsonConfiguration implements ContextResolver<Jsonb> {

  private final Jsonb jsonb =
      JsonbBuilder.create(
          new JsonbConfig()
              .withNullValues(true)
              .withDeserializers(
                  new StrictScalars.Booleans(),
                  new StrictScalars.Integers(),
                  new StrictScalars.Longs())
              .withDeserializers(DateBounds.deserializers()));

  @Override
  public Jsonb getContext(Class<?> type) {
    return jsonb;
  }
}
