package com.marketplace.common.openapi;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Iterator;
import java.util.Map;

/**
 * Pretty-prints JSON with two-space indentation. The JSON-P provider's own pretty printer is not
 * used because its layout is implementation-specific (Parsson indents by four spaces and splits
 * empty arrays over two lines), and the request bodies should not change with the application
 * server.
 */
final class JsonPrinter {

  private static final String INDENT = "  ";

  private JsonPrinter() {}

  static String pretty(JsonValue value) {
    StringBuilder out = new StringBuilder();
    write(value, 0, out);
    return out.toString();
  }

  private static void write(JsonValue value, int depth, StringBuilder out) {
    switch (value.getValueType()) {
      case OBJECT -> writeObject(value.asJsonObject(), depth, out);
      case ARRAY -> writeArray(value.asJsonArray(), depth, out);
      // JsonValue#toString is specified to return JSON text, escaping included.
      default -> out.append(value);
    }
  }

  private static void writeObject(JsonObject object, int depth, StringBuilder out) {
    if (object.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append('{');
    Iterator<Map.Entry<String, JsonValue>> members = object.entrySet().iterator();
    while (members.hasNext()) {
      Map.Entry<String, JsonValue> member = members.next();
      newline(depth + 1, out);
      out.append(Jsons.PROVIDER.createValue(member.getKey())).append(": ");
      write(member.getValue(), depth + 1, out);
      out.append(members.hasNext() ? "," : "");
    }
    newline(depth, out);
    out.append('}');
  }

  private static void writeArray(JsonArray array, int depth, StringBuilder out) {
    if (array.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append('[');
    for (int i = 0; i < array.size(); i++) {
      newline(depth + 1, out);
      write(array.get(i), depth + 1, out);
      out.append(i < array.size() - 1 ? "," : "");
    }
    newline(depth, out);
    out.append(']');
  }

  private static void newline(int depth, StringBuilder out) {
    out.append('\n').append(INDENT.repeat(depth));
  }
}
