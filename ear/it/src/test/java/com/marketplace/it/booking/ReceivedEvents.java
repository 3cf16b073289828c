package com.marketplace.it.booking;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Test-only: the received booking events as a JSON array of the events' JSON. */
@WebServlet("/received")
public class ReceivedEvents extends HttpServlet {

  @EJB BookingEventRecorder recorder;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("application/json");
    response.getWriter().write("[" + String.join(",", recorder.received()) + "]");
  }
}
