package com.marketplace.it.booking;

import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Test-only: {@code GET /traceprobe/deliveries}, what {@link TraceProbeListener} saw. */
@WebServlet("/deliveries")
public class TraceProbe extends HttpServlet {

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("application/json");
    response.getWriter().write(JsonbBuilder.create().toJson(TraceProbeListener.DELIVERIES));
  }
}
