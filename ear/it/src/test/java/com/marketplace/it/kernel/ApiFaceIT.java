package com.marketplace.it.kernel;

import static com.marketplace.it.support.Platform.module;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.marketplace.it.support.KernelDeployment;
import com.marketplace.it.support.Platform;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The spec's default routes at each module's root: the API face and the favicon, both public. */
class ApiFaceIT extends KernelDeployment {

  private static final Map<String, String> A_ROUTE_OF_ITS_OWN =
      Map.of(
          "enrollment", "/v1/enrollments",
          "booking", "/v1/reservations",
          "payments", "/v1/stripe/webhook");

  @Test
  void eachModulesFaceListsExactlyTheRoutesOfItsOpenApiDocument() {
    A_ROUTE_OF_ITS_OWN.forEach(
        (name, ownRoute) -> {
          String face =
              module(name)
                  .get("/")
                  .then()
                  .statusCode(200)
                  .contentType(containsString("text/html"))
                  .extract()
                  .asString();
          Map<String, Object> paths = module(name).get("/openapi").jsonPath().getMap("paths");

          assertThat(face, containsString("<code>" + ownRoute + "</code>"));
          paths.keySet().forEach(path -> assertThat(name, face, containsString(path)));
          A_ROUTE_OF_ITS_OWN.values().stream()
              .filter(other -> !other.equals(ownRoute))
              .forEach(
                  other ->
                      assertThat(
                          face, org.hamcrest.Matchers.not(containsString(">" + other + "<"))));
        });
  }

  @Test
  void theFaceLinksSwaggerUiOpenApiPostmanAndHealthAndEachLinkAnswers() {
    String face = module("booking").get("/").asString();

    for (String link : List.of("swagger", "openapi", "getPostmanCollection", "health")) {
      assertThat(face, containsString("href=\"" + link + "\""));
      module("booking").get("/" + link).then().statusCode(200);
    }
  }

  @Test
  void theContextRootWithoutItsSlashLeadsToTheFace() {
    module("enrollment")
        .get("")
        .then()
        .statusCode(200)
        .body(containsString("<title>enrollment API</title>"));
  }

  @Test
  void theFaceNeedsNoTokenAndIgnoresABadOne() {
    Platform.module("payments")
        .auth()
        .oauth2("not.a.token")
        .get("/")
        .then()
        .statusCode(200)
        .body(containsString("payments API"));
  }

  @Test
  void eachModuleServesACacheableIcon() {
    for (String name : A_ROUTE_OF_ITS_OWN.keySet()) {
      var icon = module(name).get("/favicon.ico").then().statusCode(200);
      icon.contentType(equalTo("image/x-icon"))
          .header("Cache-Control", containsString("max-age=86400"))
          .header("Cache-Control", containsString("public"));
      byte[] bytes = icon.extract().asByteArray();
      assertThat(bytes.length > 6 && bytes[2] == 1 && bytes[4] == 1, equalTo(true));
      String etag = icon.extract().header("ETag");
      assertThat(etag, startsWith("\""));

      module(name).header("If-None-Match", etag).get("/favicon.ico").then().statusCode(304);
    }
  }
}
