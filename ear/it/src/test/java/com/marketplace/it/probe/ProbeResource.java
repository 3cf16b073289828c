package com.marketplace.it.probe;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

@Path("users")
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
