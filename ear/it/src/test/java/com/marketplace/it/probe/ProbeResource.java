package com.marketplace.it.probe;

import com.marketplace.common.security.PublicRoute;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/** Public: the kernel's access policy applies to every web module of the EAR, this one too. */
@Path("users")
@PublicRoute
public class ProbeResource {

  @Inject TwoModuleWork work;

  @POST
  public Response register(
      @QueryParam("tenant") UUID tenant,
      @QueryParam("user") UUID user,
      @QueryParam("customer") String customer) {
    try {
      work.registerUserEverywhere(tenant, user, customer);
      return Response.noContent().build();
    } catch (RuntimeException e) {
      return Response.status(Response.Status.CONFLICT).entity(e.getClass().getName()).build();
    }
  }
}
