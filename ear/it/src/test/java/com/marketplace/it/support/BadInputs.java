package com.marketplace.it.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The hostile variants of one documented operation: each path variable, query parameter and body
 * field replaced by input a client should never get a 5xx for, plus whole-body, header and method
 * mutations. Each variant is one {@link Probe}.
 */
public final class BadInputs {

  /**
   * One request to send: what it mutates, and the raw method, target, body and headers. {@code
   * beforeRouting}: Payara itself answers it before any module sees it (an escaped path, TRACE), so
   * only the status and the headers are the platform's to check.
   */
  public record Probe(
      String what, String method, String target, String body, List<String> headers) {

    public boolean beforeRouting() {
      return method.equals("TRACE") || what.startsWith("path") && target.contains("%");
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String RAW = "@@raw@@";

  static final List<String> SEGMENTS =
      List.of(
          "%zz",
          "%",
          "..%2f..%2fx",
          "%2e%2e",
          "a%00b",
          "x".repeat(3000),
          "%E0%A4%A",
          "-1",
          "1e400",
          "null",
          "%c0%ae%c0%ae",
          "a%5cb",
          "%0d%0aX-Injected:%20yes");
  static final List<String> QUERY_VALUES =
      List.of(
          "%00",
          "%zz",
          "x".repeat(3000),
          "2147483647",
          "-2147483649",
          "-999999999-01-01T00:00:00Z",
          "%2B99999-01-01",
          "NaN",
          "%E0%A4%A",
          "",
          "true",
          "-1");

  /** Raw JSON literals that replace one field of a sample body. */
  static final List<String> VALUES =
      List.of(
          "\"\\u0000\"",
          "\"" + "x".repeat(70_000) + "\"",
          "1E-10000000",
          "1E+10000000",
          "-1",
          "99999999999999999999999",
          "true",
          "\"\"",
          "[]",
          "{}",
          "[".repeat(1000) + "]".repeat(1000),
          "\"+99999-01-01\"",
          "null",
          "\"2026-02-30\"",
          "\"a\\r\\nX-Injected: yes\"",
          "{\"a\":1,\"a\":2}");

  static final List<String> BODIES =
      List.of(
          "",
          "{",
          "[{}]",
          "{} x",
          "null",
          "\"s\"",
          "{\"a\":1,\"a\":2}",
          "{\"a\":".repeat(1000) + "1" + "}".repeat(1000));
  static final List<List<String>> CONTENT_TYPES =
      List.of(
          List.of("Content-Type: garbage///"),
          List.of("Content-Type: application/json; charset=x-bogus"),
          List.of("Content-Type: text/plain"),
          List.of("Content-Type: application/json", "Accept: application/xml"));

  private BadInputs() {}

  public static List<Probe> of(PostmanRequests.Call call, int maxFields) {
    List<Probe> probes = new ArrayList<>();
    String base = "/" + call.module() + call.path();
    List<String> variables =
        List.of(call.path().split("/")).stream().filter(s -> s.startsWith(":")).toList();
    String concrete = base;
    for (String variable : variables) {
      concrete = concrete.replace(variable, UUID.randomUUID().toString());
    }
    String json = call.body() == null ? null : "Content-Type: application/json";
    for (String variable : variables) {
      for (String segment : SEGMENTS) {
        String target = base;
        for (String other : variables) {
          target =
              target.replace(
                  other, other.equals(variable) ? segment : UUID.randomUUID().toString());
        }
        probes.add(probe("path " + variable, call.method(), target, call.body(), json));
      }
    }
    for (String parameter : call.query().keySet()) {
      for (String value : QUERY_VALUES) {
        String target = concrete + "?" + parameter + "=" + value;
        probes.add(probe("query " + parameter, call.method(), target, call.body(), json));
      }
    }
    probes.add(
        probe(
            "paging overflow",
            call.method(),
            concrete + "?pageNumber=2147483647&pageRowCount=500",
            call.body(),
            json));
    probes.add(probe("TRACE", "TRACE", concrete, null, null));
    probes.add(probe("unknown method", "FOO", concrete, null, null));
    if (call.body() != null) {
      for (String body : BODIES) {
        probes.add(probe("body", call.method(), concrete, body, json));
      }
      for (List<String> headers : CONTENT_TYPES) {
        probes.add(new Probe("headers " + headers, call.method(), concrete, call.body(), headers));
      }
      for (String pointer : fields(call.body(), maxFields)) {
        for (String value : VALUES) {
          probes.add(
              probe(
                  "field " + pointer,
                  call.method(),
                  concrete,
                  replaced(call.body(), pointer, value),
                  json));
        }
      }
    }
    return probes;
  }

  private static Probe probe(
      String what, String method, String target, String body, String header) {
    return new Probe(what, method, target, body, header == null ? List.of() : List.of(header));
  }

  /** JSON pointers of the sample body's fields and array items, outermost first. */
  static List<String> fields(String body, int max) {
    List<String> pointers = new ArrayList<>();
    try {
      walk(JSON.readTree(body), "", pointers);
    } catch (JsonProcessingException e) {
      return List.of();
    }
    return pointers.stream().limit(max).collect(Collectors.toList());
  }

  private static void walk(JsonNode node, String at, List<String> pointers) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String pointer = at + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
        pointers.add(pointer);
        walk(field.getValue(), pointer, pointers);
      }
    } else if (node.isArray() && !node.isEmpty()) {
      pointers.add(at + "/0");
      walk(node.get(0), at + "/0", pointers);
    }
  }

  /** The body with the value at {@code pointer} replaced by the raw JSON {@code literal}. */
  static String replaced(String body, String pointer, String literal) {
    try {
      JsonNode root = JSON.readTree(body);
      int cut = pointer.lastIndexOf('/');
      JsonNode parent = root.at(pointer.substring(0, cut));
      String last = pointer.substring(cut + 1).replace("~1", "/").replace("~0", "~");
      if (parent instanceof ObjectNode object) {
        object.put(last, RAW);
      } else if (parent instanceof ArrayNode array) {
        array.set(Integer.parseInt(last), array.textNode(RAW));
      }
      return JSON.writeValueAsString(root).replace("\"" + RAW + "\"", literal);
    } catch (JsonProcessingException e) {
      return body;
    }
  }
}
