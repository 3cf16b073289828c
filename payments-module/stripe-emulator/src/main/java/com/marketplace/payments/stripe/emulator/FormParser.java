package com.marketplace.payments.stripe.emulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses Stripe's {@code application/x-www-form-urlencoded} bodies and query strings, whose keys
 * use bracket notation ({@code metadata[order_id]=42}, {@code expand[0]=latest_charge}), into a
 * JSON tree so endpoints can read nested parameters naturally.
 */
final class FormParser {

  private FormParser() {}

  static JsonObject parse(String encoded) {
    Map<String, Object> root = new LinkedHashMap<>();
    if (encoded != null && !encoded.isEmpty()) {
      for (String pair : encoded.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String key = decode(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
        insert(root, segments(key), value);
      }
    }
    return toJson(root).getAsJsonObject();
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  /** {@code a[b][0]} becomes {@code [a, b, 0]}; an empty {@code []} means "append". */
  private static List<String> segments(String key) {
    List<String> segments = new ArrayList<>();
    int open = key.indexOf('[');
    if (open < 0) {
      segments.add(key);
      return segments;
    }
    segments.add(key.substring(0, open));
    while (open >= 0) {
      int close = key.indexOf(']', open);
      if (close < 0) {
        break;
      }
      segments.add(key.substring(open + 1, close));
      open = key.indexOf('[', close);
    }
    return segments;
  }

  @SuppressWarnings("unchecked")
  private static void insert(Map<String, Object> node, List<String> path, String value) {
    Map<String, Object> current = node;
    for (int i = 0; i < path.size() - 1; i++) {
      String segment = path.get(i).isEmpty() ? String.valueOf(current.size()) : path.get(i);
      Object next = current.get(segment);
      if (!(next instanceof Map)) {
        next = new LinkedHashMap<String, Object>();
        current.put(segment, next);
      }
      current = (Map<String, Object>) next;
    }
    String last = path.get(path.size() - 1);
    current.put(last.isEmpty() ? String.valueOf(current.size()) : last, value);
  }

  /** Maps whose keys are all indices become arrays, ordered by index. */
  @SuppressWarnings("unchecked")
  private static JsonElement toJson(Object node) {
    if (node instanceof String) {
      return new JsonPrimitive((String) node);
    }
    Map<String, Object> map = (Map<String, Object>) node;
    boolean indexed = !map.isEmpty() && map.keySet().stream().allMatch(k -> k.matches("\\d{1,6}"));
    if (indexed) {
      JsonArray array = new JsonArray();
      map.entrySet().stream()
          .sorted(
              (a, b) -> Integer.compare(Integer.parseInt(a.getKey()), Integer.parseInt(b.getKey())))
          .forEach(entry -> array.add(toJson(entry.getValue())));
      return array;
    }
    JsonObject object = new JsonObject();
    map.forEach((key, value) -> object.add(key, toJson(value)));
    return object;
  }
}
