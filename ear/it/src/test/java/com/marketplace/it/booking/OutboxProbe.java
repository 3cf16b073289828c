package com.marketplace.it.booking;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;

/**
 * Test-only: {@code GET /outbox/deliveries} (what the subscriber saw) and {@code POST
 * /outbox/publish?tenantId=&objectId=&fail=} (a probe event; 409 when its transaction rolled back).
 */
@WebServlet("/outbox/*")
public class OutboxProbe extends HttpServlet {

  @EJB OutboxProbeRecorder recorder;
  @EJB OutboxProbePublisher publisher;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("application/json");
    response.getWriter().write(recorder.asJson());
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    try {
      String eventId =
          publisher.publish(
              UUID.fromString(request.getParameter("tenantId")),
              UUID.fromString(request.getParameter("objectId")),
              Boolean.parseBoolean(request.getParameter("fail")));
      response.setContentType("text/plain");
      response.getWriter().write(eventId);
    } catch (OutboxProbePublisher.WorkFailed e) {
      response.setStatus(409);
    }
  }
}
