package com.marketplace.it.booking;

import com.marketplace.booking.application.calendar.CalendarSyncJob;
import com.marketplace.booking.application.reservation.StayCompletionJob;
import com.marketplace.booking.application.reservation.UnpaidReservationsJob;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Test-only: runs the work of the booking module's scheduled jobs now, as their timers would (the
 * once-per-cluster claim aside), and answers how many rows it changed.
 */
@WebServlet("/jobs/*")
public class RunJobs extends HttpServlet {

  @EJB StayCompletionJob completion;
  @EJB CalendarSyncJob calendars;
  @EJB UnpaidReservationsJob unpaid;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    int changed =
        switch (request.getPathInfo()) {
          case "/completeStays" ->
              completion.completeStaysOverBy(LocalDate.now(ZoneOffset.UTC).plusDays(1));
          case "/syncCalendars" -> calendars.syncEverySource();
          case "/expireUnpaid" -> unpaid.expireOverdue();
          default -> -1;
        };
    response.setContentType("text/plain");
    response.getWriter().write(Integer.toString(changed));
  }
}
