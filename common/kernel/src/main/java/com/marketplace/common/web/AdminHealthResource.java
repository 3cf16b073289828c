package com.marketplace.common.web;

import com.marketplace.common.api.Envelope;
import com.marketplace.common.persistence.Datasources;
import com.marketplace.common.security.AllowedRoles;
import com.marketplace.common.security.Caller;
import jakarta.annotation.Resource;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** What an operator wants to see at a glance; admins only, since it names internals. */
@Path("admin/health")
@AllowedRoles(Caller.ADMIN)
public class AdminHealthResource {

  @Resource(lookup = Datasources.APPLICATION)
  DataSource dataSource;

  @Context HttpServletRequest request;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "getAdminHealth")
  public Map<String, Object> health() {
    String database = database();
    Map<String, Object> health = new LinkedHashMap<>();
    health.put("status", database.startsWith("UP") ? "UP" : "DOWN");
    health.put("module", ModuleRoot.name(request));
    health.put("appVersion", Envelope.APP_VERSION);
    health.put("database", database);
    health.put("uptimeSeconds", ManagementFactory.getRuntimeMXBean().getUptime() / 1000);
    health.put("javaVersion", Runtime.version().toString());
    return health;
  }

  private String database() {
    try (Connection connection = dataSource.getConnection()) {
      var meta = connection.getMetaData();
      return connection.isValid(2)
          ? "UP (" + meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion() + ")"
          : "DOWN";
    } catch (SQLException e) {
      return "DOWN (" + e.getSQLState() + ")";
    }
  }
}
