package com.marketplace.common.openapi;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.marketplace.common.security.AllowedRoles;
import com.marketplace.common.security.PublicRoute;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApiFaceTest {

  static class GadgetResource {
    @AllowedRoles({"admin", "host"})
    public Response createGadget() {
      return null;
    }

    public Response getGadget(@PathParam("gadgetId") UUID id) {
      return null;
    }

    @PublicRoute
    public String ping() {
      return "pong";
    }
  }

  private final String page =
      ApiFace.html(
          "gadgets",
          OpenApiDocument.build(
              "gadgets",
              "1.2.3",
              List.of("tutorhub"),
              List.of(
                  route("POST", "v1/gadgets", "createGadget"),
                  route("GET", "v1/gadgets/{gadgetId}", "getGadget", UUID.class),
                  route("GET", "ping", "ping"))));

  @Test
  void listsEveryRouteOfTheDocumentWithWhoMayCallIt() {
    assertThat(page, containsString("<code>POST</code></td><td><code>/v1/gadgets</code>"));
    assertThat(page, containsString("<code>/v1/gadgets/{gadgetId}</code></td><td>Get gadget"));
    assertThat(page, containsString("<td>admin, host</td>"));
    assertThat(page, containsString("<td>any token</td>"));
    assertThat(page, containsString("<code>/ping</code></td><td>Ping</td><td>public</td>"));
  }

  @Test
  void linksTheModulesSwaggerUiOpenApiPostmanCollectionAndHealth() {
    for (String link : List.of("swagger", "openapi", "getPostmanCollection", "health")) {
      assertThat(page, containsString("<a href=\"" + link + "\">"));
    }
    assertThat(page, containsString("<title>gadgets API</title>"));
    assertThat(page, containsString("Version 1.2.3"));
  }

  @Test
  void escapesWhatItPrints() {
    assertThat(ApiFace.escape("<script>\"x\" & 'y'</script>"), not(containsString("<")));
    assertThat(ApiFace.escape("a & <b>"), org.hamcrest.Matchers.equalTo("a &amp; &lt;b&gt;"));
  }

  private static Route route(String method, String path, String name, Class<?>... parameters) {
    try {
      return new Route(method, path, GadgetResource.class.getMethod(name, parameters));
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }
}
