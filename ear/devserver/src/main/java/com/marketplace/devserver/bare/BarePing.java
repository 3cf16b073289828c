package com.marketplace.devserver.bare;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /bare/ping}: a JAX-RS resource with nothing of the kernel (no filters, no security
 * mechanism, no envelope), answering a small JSON object as {@code /currentuser} does. The
 * benchmark's yardstick for what the kernel costs on a cheap route (docs/benchmark.md).
 */
@Path("ping")
public class BarePing {

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public String ping() {
    return "{\"status\":\"UP\",\"module\":\"bare\"}";
  }
}
