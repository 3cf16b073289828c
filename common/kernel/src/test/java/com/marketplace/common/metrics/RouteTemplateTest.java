package com.marketplace.common.metrics;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

class RouteTemplateTest {

  @Path("v1/reservations")
  static class Reservations {
    @POST
    public void create() {}

    @GET
    @Path("{id}")
    public void get() {}
  }

  @Path("/health/")
  static class Health {
    @GET
    @Path("/ready")
    public void ready() {}
  }

  @Test
  void aRouteIsTheContextRootAndThePathTemplatesNotTheIdsOfTheRequest() throws Exception {
    assertThat(
        RouteTemplate.of(
            "GET", "/booking", Reservations.class, Reservations.class.getMethod("get")),
        is("GET /booking/v1/reservations/{id}"));
  }

  @Test
  void aMethodWithoutPathIsItsClasssPath() throws Exception {
    assertThat(
        RouteTemplate.of(
            "POST", "/booking", Reservations.class, Reservations.class.getMethod("create")),
        is("POST /booking/v1/reservations"));
  }

  @Test
  void slashesBetweenTheSegmentsAreNeitherDoubledNorLost() throws Exception {
    assertThat(
        RouteTemplate.of("GET", "/payments", Health.class, Health.class.getMethod("ready")),
        is("GET /payments/health/ready"));
  }
}
