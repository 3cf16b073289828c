package com.marketplace.it.retention;

import com.marketplace.platform.retention.RetentionJobs;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Test-only: runs the work of the retention job now, as its timer would (the once-per-cluster claim
 * aside), and answers the rows deleted per table.
 */
@WebServlet("/sweep")
public class RunRetention extends HttpServlet {

  @EJB RetentionJobs retention;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain");
    response.getWriter().write(retention.sweepNow().toString());
  }
}
