package com.marketplace.it.kernel;

import static com.marketplace.it.support.Platform.module;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThan;

import com.marketplace.it.support.HeadlessChromium;
import com.marketplace.it.support.KernelDeployment;
import com.marketplace.it.support.Platform;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a developer sees who opens a module's Swagger UI or API face in a browser: headless Chromium
 * renders the page (Swagger UI builds it in JavaScript from the module's OpenAPI document), and
 * every route of that document is on the rendered page. Skipped only where no Chromium is
 * installed; under {@code .ci/run} (which installs it and sets {@code REQUIRE_CHROMIUM=true}) or
 * with {@code CI=true} a missing Chromium fails instead.
 */
class SwaggerUiInABrowserIT extends KernelDeployment {

  private static final int BUDGET_MILLIS = 10_000;
  private static HeadlessChromium chromium;

  @BeforeAll
  static void aBrowser() {
    chromium = HeadlessChromium.installed().orElse(null);
    if (chromium == null && (required("REQUIRE_CHROMIUM") || required("CI"))) {
      throw new IllegalStateException(
          "No Chromium under CI: .ci/run installs Debian's chromium package");
    }
    Assumptions.assumeTrue(
        chromium != null,
        "No Chromium installed (apt-get install chromium, or set CHROMIUM to its binary):"
            + " the browser test of Swagger UI is skipped");
  }

  private static boolean required(String variable) {
    return "true".equalsIgnoreCase(System.getenv(variable));
  }

  @Test
  void enrollmentsSwaggerUiListsItsRoutes() throws Exception {
    swaggerUiListsEveryRouteOf("enrollment");
  }

  @Test
  void bookingsSwaggerUiListsItsRoutes() throws Exception {
    swaggerUiListsEveryRouteOf("booking");
  }

  @Test
  void paymentsSwaggerUiListsItsRoutes() throws Exception {
    swaggerUiListsEveryRouteOf("payments");
  }

  @Test
  void everyModulesApiFaceListsItsRoutes() throws Exception {
    for (String module : List.of("enrollment", "booking", "payments")) {
      Map<String, Object> paths = module(module).get("/openapi").jsonPath().getMap("paths");
      String dom = chromium.renderedDom(Platform.BASE_URL + "/" + module + "/", BUDGET_MILLIS);

      // the face shows each route's path in a code cell of its table
      List<String> missing =
          paths.keySet().stream()
              .filter(path -> !dom.contains("<code>" + path + "</code>"))
              .toList();
      assertThat(module + ": routes not on the API face", missing, empty());
    }
  }

  private static void swaggerUiListsEveryRouteOf(String module) throws Exception {
    Map<String, Object> paths = module(module).get("/openapi").jsonPath().getMap("paths");
    assertThat(paths.size(), greaterThan(5));

    long start = System.nanoTime();
    String dom = chromium.renderedDom(Platform.BASE_URL + "/" + module + "/swagger", BUDGET_MILLIS);
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.println(module + "'s Swagger UI rendered by " + chromium + " in " + millis + " ms");

    // Swagger UI writes each operation's path into a data-path attribute of its summary line
    List<String> missing =
        paths.keySet().stream()
            .filter(path -> !dom.contains("data-path=\"" + path + "\""))
            .toList();
    assertThat(module + ": routes not on the rendered page", missing, empty());
    assertThat(millis, lessThan(30_000L));
  }
}
