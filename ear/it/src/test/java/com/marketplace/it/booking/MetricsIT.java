package com.marketplace.it.booking;

import static com.marketplace.it.booking.BookingFixtures.book;
import static com.marketplace.it.booking.BookingFixtures.today;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;

import com.marketplace.it.support.Platform;
import com.marketplace.it.support.PlatformTest;
import com.marketplace.it.support.Tokens;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * {@code /metrics} as Prometheus scrapes it: the route timers and error counters of the kernel's
 * filter and the business counters, moved by a booking made and a booking refused.
 */
@PlatformTest
class MetricsIT {

  private static final String ROUTE = "route=\"POST /booking/v1/reservations\"";

  private final BookingFixtures world = new BookingFixtures();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Platform.ear();
  }

  @Test
  void aBookingMadeAndOneRefusedMoveTheirCountersAndTheRoutesTimerInPrometheusText() {
    String listing = world.instantListing();
    LocalDate checkIn = today("Europe/Amsterdam").plusDays(20);
    Tokens.User guest = world.guest();
    book(guest, listing, checkIn.plusDays(60), 2).then().statusCode(201); // the series exist now
    String before = scrape();

    book(world.guest(), listing, checkIn, 2).then().statusCode(201);
    book(world.guest(), listing, checkIn.plusDays(30), 2).then().statusCode(201);
    book(world.guest(), listing, checkIn, 2).then().statusCode(409); // the same nights again

    String after = scrape();
    System.out.println(marketplaceLines(after));
    assertThat(
        value(after, "marketplace_bookings_created_total")
            - value(before, "marketplace_bookings_created_total"),
        is(2.0));
    assertThat(
        value(after, "marketplace_bookings_refused_total", "reason=\"errMsg_datesNotAvailable\"")
            - value(
                before,
                "marketplace_bookings_refused_total",
                "reason=\"errMsg_datesNotAvailable\""),
        is(1.0));
    assertThat(
        value(after, "marketplace_requests_seconds_count", ROUTE)
            - value(before, "marketplace_requests_seconds_count", ROUTE),
        greaterThanOrEqualTo(3.0)); // another test class may book meanwhile, never fewer
    assertThat(
        value(after, "marketplace_request_errors_total", ROUTE, "status=\"4xx\"")
            - value(before, "marketplace_request_errors_total", ROUTE, "status=\"4xx\""),
        greaterThanOrEqualTo(1.0));
  }

  @Test
  void theMetricsAreTextInPrometheusFormatWithTypesAndNoClientIdsInRoutes() {
    String listing = world.instantListing(); // PUT /booking/v1/listings/{id}
    book(world.guest(), listing, today("Europe/Amsterdam").plusDays(5), 1).then().statusCode(201);
    String text = scrape();
    System.out.println(marketplaceLines(text));
    assertThat(text, containsString("# TYPE marketplace_requests_seconds summary"));
    assertThat(text, containsString("# TYPE marketplace_bookings_created_total counter"));
    assertThat(
        marketplaceLines(text).stream()
            .filter(line -> line.matches(".*route=\"[^\"]*[0-9a-f]{8}-[0-9a-f]{4}-.*"))
            .toList(),
        is(List.of()));
  }

  private static String scrape() {
    return Platform.server()
        .get("/metrics")
        .then()
        .statusCode(200)
        .contentType(containsString("text/plain"))
        .extract()
        .asString();
  }

  private static List<String> marketplaceLines(String text) {
    return text.lines().filter(line -> line.startsWith("marketplace_")).toList();
  }

  /** The sample of {@code name} whose labels contain every one of {@code labels}; 0 if none. */
  private static double value(String text, String name, String... labels) {
    return text.lines()
        .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
        .filter(line -> List.of(labels).stream().allMatch(line::contains))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .sum();
  }
}
