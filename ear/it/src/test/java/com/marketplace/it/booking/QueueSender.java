package com.marketplace.it.booking;

import com.marketplace.common.messaging.JmsConnections;
import jakarta.annotation.Resource;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Test-only: puts the request body on the booking reference-data queue, as the listing and user
 * services would, with the {@code messageId} query parameter as the message's {@code messageId}.
 */
@WebServlet("/send")
public class QueueSender extends HttpServlet {

  @Resource(lookup = "java:app/jms/bookingReferenceData")
  Queue queue;

  @Resource(lookup = JmsConnections.FACTORY)
  ConnectionFactory factory;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String body = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try (JMSContext jms = factory.createContext()) {
      jms.createProducer()
          .setProperty("messageId", request.getParameter("messageId"))
          .send(queue, body);
    }
    response.setStatus(204);
  }
}
