package com.marketplace.it.booking;

import static com.marketplace.it.booking.BookingFixtures.as;
import static com.marketplace.it.booking.BookingFixtures.booked;
import static com.marketplace.it.booking.BookingFixtures.today;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import com.marketplace.it.support.Platform;
import com.marketplace.it.support.PlatformTest;
import com.marketplace.it.support.Tokens;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code getJoins} and {@code excludeCQRS} on the reservation routes that answer joins: both of
 * them ({@code listingJoins}, the listing service's listing; {@code hostDetails}, the user
 * service's host) are non-local, so either parameter leaves them out.
 */
@PlatformTest
class ReservationJoinsIT {

  private final BookingFixtures world = new BookingFixtures();
  private final Tokens.User guest = world.guest();
  private String reservation;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Platform.ear();
  }

  @BeforeEach
  void aReservationOfAHostWithAProfile() {
    as(world.admin)
        .body(Map.of("fullname", "Hanna Host", "email", "hanna@example.test"))
        .put("/v1/userprofiles/" + world.host.id())
        .then()
        .statusCode(200);
    reservation = booked(guest, world.instantListing(), today("Europe/Amsterdam").plusDays(20), 2);
  }

  @Test
  void theReservationAndItsListAnswerTheirJoinsByDefault() {
    as(guest)
        .get("/v1/reservations/" + reservation)
        .then()
        .statusCode(200)
        .body("reservation", allOf(hasKey("listingJoins"), hasKey("hostDetails")))
        .body("reservation.hostDetails[0].fullname", equalTo("Hanna Host"));
    as(guest)
        .get("/v1/reservations")
        .then()
        .statusCode(200)
        .body("reservations", hasSize(1))
        .body("reservations[0].listingJoins[0].title", equalTo("Flat in Europe/Amsterdam"))
        .body("reservations[0]", hasKey("hostDetails"));
  }

  @Test
  void getJoinsFalseLeavesBothJoinsOut() {
    expectNoJoins(Map.of("getJoins", "false"));
  }

  @Test
  void excludeCqrsLeavesOutBothJoinsForTheyAreNonLocal() {
    expectNoJoins(Map.of("excludeCQRS", "true"));
  }

  private void expectNoJoins(Map<String, String> query) {
    as(guest)
        .queryParams(query)
        .get("/v1/reservations/" + reservation)
        .then()
        .statusCode(200)
        .body("reservation.id", equalTo(reservation))
        .body("reservation", allOf(not(hasKey("listingJoins")), not(hasKey("hostDetails"))));
    as(guest)
        .queryParams(query)
        .get("/v1/reservations")
        .then()
        .statusCode(200)
        .body("reservations[0].id", equalTo(reservation))
        .body("reservations[0]", allOf(not(hasKey("listingJoins")), not(hasKey("hostDetails"))));
  }
}
