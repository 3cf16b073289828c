package com.marketplace.it.booking;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Test-only: an OpenTelemetry collector's OTLP/HTTP traces endpoint in the test JVM, as an
 * operator's collector would receive the server's spans. It keeps each export's protobuf body and
 * answers 200 with an empty (valid) response. The tests look for bytes in the bodies rather than
 * decode them: a trace id is its 16 raw bytes there, a span name its UTF-8 text.
 */
final class OtlpCollector {

  private final HttpServer server;
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
            collector.exports.add(exchange.getRequestBody().readAllBytes());
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

  /** Whether some export holds a span of {@code traceId} (hex) with the text {@code name}. */
  boolean received(String traceId, String name) {
    byte[] id = HexFormat.of().parseHex(traceId);
    byte[] text = name.getBytes(StandardCharsets.UTF_8);
    return exports.stream().anyMatch(body -> contains(body, id) && contains(body, text));
  }

  /** Whether any export holds {@code text} anywhere. */
  boolean receivedText(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return exports.stream().anyMatch(body -> contains(body, bytes));
  }

  int exports() {
    return exports.size();
  }

  void stop() {
    server.stop(0);
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
}
