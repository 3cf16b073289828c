package com.marketplace.common.web;

import com.marketplace.common.error.ApiException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/** The spec's error body: {@code {result, status, message, errCode, date, detail}}. */
final class ErrorEnvelope {

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
    body.put("date", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
    body.put("detail", detail);
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }
}
