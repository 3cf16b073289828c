package com.marketplace.it.kernel;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Test-only: {@code GET /poolprobe/hold?ms=…} takes a connection of the application's pool and
 * keeps it that long, so that a test sees the pool's used connections while it does.
 */
@WebServlet("/hold")
public class PoolHoldProbe extends HttpServlet {

  @Resource(lookup = "java:app/jdbc/marketplace")
  private DataSource pool;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long millis = Long.parseLong(request.getParameter("ms"));
    try (Connection held = pool.getConnection()) {
      held.isValid(2);
      Thread.sleep(millis);
    } catch (SQLException e) {
      response.sendError(500, e.getClass().getSimpleName());
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    response.setStatus(204);
  }
}
