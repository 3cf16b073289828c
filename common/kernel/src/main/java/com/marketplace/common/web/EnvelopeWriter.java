package com.marketplace.common.web;

import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Writes the API's response bodies that are maps (those {@link Responses} and the error envelopes
 * build, and JSON-P objects such as the health and OpenAPI documents) as JSON-B with {@link
 * JsonConfiguration} would, only without JSON-B's look-up of a serializer for every value of a
 * {@code Map<String, Object>}: that look-up was most of a list response's JSON cost, about 15 % of
 * the list route's CPU (docs/benchmark.md, seventh round).
 *
 * <p>Strings, numbers other than floating point, booleans, nulls, UUIDs, dates and times, JSON-P
 * values, maps with string keys and collections are written here; any other value (a record, say)
 * is written by JSON-B itself. {@code EnvelopeWriterTest} checks the text is the same as JSON-B's.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class EnvelopeWriter implements MessageBodyWriter<Map<?, ?>> {

  @Context Providers providers;

  private volatile Jsonb jsonb;

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return Map.class.isAssignableFrom(type);
  }

  @Override
  public void writeTo(
      Map<?, ?> body,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> headers,
      OutputStream entityStream)
      throws IOException, WebApplicationException {
    Writer out =
        new BufferedWriter(new OutputStreamWriter(entityStream, StandardCharsets.UTF_8), 8192);
    write(body, out, jsonb());
    out.flush();
  }

  private Jsonb jsonb() {
    Jsonb resolved = jsonb;
    if (resolved == null) {
      resolved =
          providers
              .getContextResolver(Jsonb.class, MediaType.APPLICATION_JSON_TYPE)
              .getContext(Map.class);
      jsonb = resolved;
    }
    return resolved;
  }

  /** Writes {@code value} as JSON to {@code out}; values of other types through {@code jsonb}. */
  static void write(Object value, Writer out, Jsonb jsonb) throws IOException {
    if (value == null) {
      out.write("null");
    } else if (value instanceof String text) {
      string(text, out);
    } else if (value instanceof Boolean
        || value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte
        || value instanceof BigInteger
        || value instanceof BigDecimal) {
      out.write(value.toString());
    } else if (value instanceof UUID id) {
      string(id.toString(), out);
    } else if (value instanceof OffsetDateTime time) {
      string(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time), out);
    } else if (value instanceof Instant instant) {
      string(DateTimeFormatter.ISO_INSTANT.format(instant), out);
    } else if (value instanceof LocalDate date) {
      string(DateTimeFormatter.ISO_LOCAL_DATE.format(date), out);
    } else if (value instanceof JsonValue json) {
      out.write(json.toString());
    } else if (value instanceof Map<?, ?> map && stringKeys(map)) {
      object(map, out, jsonb);
    } else if (value instanceof Collection<?> items) {
      out.write('[');
      boolean first = true;
      for (Object item : items) {
        if (!first) {
          out.write(',');
        }
        first = false;
        write(item, out, jsonb);
      }
      out.write(']');
    } else {
      out.write(jsonb.toJson(value));
    }
  }

  private static boolean stringKeys(Map<?, ?> map) {
    for (Object key : map.keySet()) {
      if (!(key instanceof String)) {
        return false;
      }
    }
    return true;
  }

  private static void object(Map<?, ?> map, Writer out, Jsonb jsonb) throws IOException {
    out.write('{');
    boolean first = true;
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!first) {
        out.write(',');
      }
      first = false;
      string((String) entry.getKey(), out);
      out.write(':');
      write(entry.getValue(), out, jsonb);
    }
    out.write('}');
  }

  /** A JSON string, escaped as JSON-P's generator escapes it. */
  private static void string(String text, Writer out) throws IOException {
    out.write('"');
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\') {
        continue;
      }
      out.write(text, start, i - start);
      start = i + 1;
      switch (c) {
        case '"' -> out.write("\\\"");
        case '\\' -> out.write("\\\\");
        case '\b' -> out.write("\\b");
        case '\f' -> out.write("\\f");
        case '\n' -> out.write("\\n");
        case '\r' -> out.write("\\r");
        case '\t' -> out.write("\\t");
        default -> {
          out.write("\\u00");
          out.write(Character.forDigit(c >> 4, 16));
          out.write(Character.forDigit(c & 0xF, 16));
        }
      }
    }
    out.write(text, start, text.length() - start);
    out.write('"');
  }
}
