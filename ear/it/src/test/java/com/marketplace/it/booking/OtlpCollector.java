package com.marketplace.it.booking;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Test-only: an OpenTelemetry collector's OTLP/HTTP traces endpoint in the test JVM, as an
 * operator's collector would receive the server's spans. It decodes each export (protobuf {@code
 * ExportTraceServiceRequest}) into {@link Received} spans: ids, name, kind and string attributes,
 * and answers 200 with an empty (valid) response.
 */
final class OtlpCollector {

  /**
   * One exported span; ids in lower-case hex, kind as OTLP numbers it (2 server ... 5 consumer).
   */
  record Received(
      String traceId,
      String spanId,
      String parentSpanId,
      String name,
      int kind,
      Map<String, String> attributes) {}

  static final int SERVER = 2;
  static final int CLIENT = 3;
  static final int PRODUCER = 4;
  static final int CONSUMER = 5;

  private final HttpServer server;
  private final List<Received> spans = new CopyOnWriteArrayList<>();
  private final List<byte[]> exports = new CopyOnWriteArrayList<>();

  private OtlpCollector(HttpServer server) {
    this.server = server;
  }

  static OtlpCollector start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      OtlpCollector collector = new OtlpCollector(server);
      server.createContext(
          "/v1/traces",
          exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            collector.exports.add(body);
            collector.spans.addAll(decode(body));
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
          });
      server.start();
      return collector;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/traces";
  }

  /** The spans of {@code traceId} received so far. */
  List<Received> trace(String traceId) {
    return spans.stream().filter(span -> span.traceId().equals(traceId)).toList();
  }

  /** Whether any export holds {@code text} anywhere (names, attributes, resource, ...). */
  boolean receivedText(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return exports.stream().anyMatch(body -> contains(body, bytes));
  }

  int exports() {
    return exports.size();
  }

  List<Received> spans() {
    return List.copyOf(spans);
  }

  void stop() {
    server.stop(0);
  }

  // ExportTraceServiceRequest: 1 resource_spans; ResourceSpans: 2 scope_spans; ScopeSpans: 2 spans
  static List<Received> decode(byte[] body) {
    List<Received> received = new ArrayList<>();
    for (byte[] resourceSpans : new Protobuf(body).bytes(1)) {
      for (byte[] scopeSpans : new Protobuf(resourceSpans).bytes(2)) {
        for (byte[] span : new Protobuf(scopeSpans).bytes(2)) {
          received.add(span(new Protobuf(span)));
        }
      }
    }
    return received;
  }

  // Span: 1 trace_id, 2 span_id, 4 parent_span_id, 5 name, 6 kind, 9 attributes (KeyValue:
  // 1 key, 2 AnyValue: 1 string_value)
  private static Received span(Protobuf span) {
    Map<String, String> attributes = new LinkedHashMap<>();
    for (byte[] keyValue : span.bytes(9)) {
      Protobuf pair = new Protobuf(keyValue);
      List<byte[]> value = pair.bytes(2);
      List<byte[]> text = value.isEmpty() ? List.of() : new Protobuf(value.get(0)).bytes(1);
      attributes.put(
          pair.string(1), text.isEmpty() ? "" : new String(text.get(0), StandardCharsets.UTF_8));
    }
    return new Received(
        span.hex(1), span.hex(2), span.hex(4), span.string(5), (int) span.varint(6), attributes);
  }

  private static boolean contains(byte[] body, byte[] part) {
    outer:
    for (int i = 0; i + part.length <= body.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (body[i + j] != part[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /** The few protobuf wire rules OTLP's messages need: varints and length-delimited fields. */
  private record Protobuf(byte[] message) {

    List<byte[]> bytes(int field) {
      List<byte[]> found = new ArrayList<>();
      walk(field, (wireType, start, end, varint) -> found.add(slice(start, end)), 2);
      return found;
    }

    String string(int field) {
      List<byte[]> found = bytes(field);
      return found.isEmpty() ? "" : new String(found.get(0), StandardCharsets.UTF_8);
    }

    String hex(int field) {
      List<byte[]> found = bytes(field);
      return found.isEmpty() ? "" : HexFormat.of().formatHex(found.get(0));
    }

    long varint(int field) {
      long[] value = {0};
      walk(field, (wireType, start, end, varint) -> value[0] = varint, 0);
      return value[0];
    }

    private byte[] slice(int start, int end) {
      byte[] part = new byte[end - start];
      System.arraycopy(message, start, part, 0, part.length);
      return part;
    }

    private interface Visitor {
      void field(int wireType, int start, int end, long varint);
    }

    private void walk(int wanted, Visitor visitor, int wantedType) {
      int[] at = {0};
      while (at[0] < message.length) {
        long tag = readVarint(at);
        int field = (int) (tag >>> 3);
        int wireType = (int) (tag & 7);
        switch (wireType) {
          case 0 -> {
            long value = readVarint(at);
            if (field == wanted && wantedType == 0) {
              visitor.field(0, 0, 0, value);
            }
          }
          case 1 -> at[0] += 8;
          case 2 -> {
            int length = (int) readVarint(at);
            if (field == wanted && wantedType == 2) {
              visitor.field(2, at[0], at[0] + length, 0);
            }
            at[0] += length;
          }
          case 5 -> at[0] += 4;
          default -> throw new IllegalArgumentException("wire type " + wireType);
        }
      }
    }

    private long readVarint(int[] at) {
      long value = 0;
      for (int shift = 0; ; shift += 7) {
        byte b = message[at[0]++];
        value |= (long) (b & 0x7f) << shift;
        if ((b & 0x80) == 0) {
          return value;
        }
      }
    }
  }
}
