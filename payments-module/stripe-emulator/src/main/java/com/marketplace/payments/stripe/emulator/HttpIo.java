package com.marketplace.payments.stripe.emulator;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Reading request bodies and writing JSON answers on the JDK's HTTP server. */
final class HttpIo {

  private HttpIo() {}

  static String body(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * Writes the answer. A client that gave up (e.g. its read timeout fired during an injected delay)
   * has closed the connection; that is expected, so the failure to write is ignored.
   */
  static void send(HttpExchange exchange, int status, String body, Map<String, String> headers) {
    try {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    } catch (IOException e) {
      // The client is gone; nothing left to tell it.
    } finally {
      exchange.close();
    }
  }
}
