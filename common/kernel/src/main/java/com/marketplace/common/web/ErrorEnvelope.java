package com.marketplace.common.web;

import com.marketplace.common.error.ApiException;
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/** The spec's error body: {@code {result, status, message, errCode, date, detail}}. */
final class ErrorEnvelope {

  // Json.createX() looks the provider up through ServiceLoader on every call, scanning the class
  // loaders' resources: 6.6 % of a request's CPU in the profile (docs/benchmark.md). Once is
  // enough.
  private static final JsonProvider JSON = JsonProvider.provider();

  static final String CONNECTION = "Connection";

  private ErrorEnvelope() {}

  static Response of(ApiException e) {
    return of(e.status(), e.messageKey(), e.detail());
  }

  static Response of(int status, String messageKey, String detail) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("result", "ERR");
    body.put("status", status);
    body.put("message", messageKey);
    body.put("errCode", status);
    body.put("date", now());
    body.put("detail", detail);
    Response.ResponseBuilder response =
        Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body);
    if (closesConnection(status)) {
      response.header(CONNECTION, "close");
    }
    return response.build();
  }

  /**
   * A 413 is answered before the body is read (by its declared length, or as soon as it passes the
   * cap), so the connection still carries the rest of that body and must not serve another request:
   * the answer says so, and the server closes it after answering instead of keeping it for reuse
   * (docs/http-edges.md).
   */
  static boolean closesConnection(int status) {
    return status == 413;
  }

  /**
   * The same envelope written straight to a servlet response, for what the servlet layer answers
   * before JAX-RS runs (or after it failed).
   */
  static void write(HttpServletResponse response, int status, String messageKey, String detail)
      throws IOException {
    String json =
        JSON.createObjectBuilder()
            .add("result", "ERR")
            .add("status", status)
            .add("message", messageKey)
            .add("errCode", status)
            .add("date", now())
            .add("detail", detail)
            .build()
            .toString();
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentLength(bytes.length);
    if (closesConnection(status)) {
      response.setHeader(CONNECTION, "close");
    }
    response.getOutputStream().write(bytes);
    response.flushBuffer();
  }

  private static String now() {
    return Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
  }
}
