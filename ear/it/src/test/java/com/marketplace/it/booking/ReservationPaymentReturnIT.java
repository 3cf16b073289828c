package com.marketplace.it.booking;

import static com.marketplace.it.booking.BookingFixtures.as;
import static com.marketplace.it.booking.BookingFixtures.booked;
import static com.marketplace.it.booking.BookingFixtures.today;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.marketplace.it.support.Platform;
import com.marketplace.it.support.PlatformTest;
import com.marketplace.it.support.StripeEmulatorExtension;
import com.marketplace.it.support.Tokens;
import com.marketplace.payments.stripe.emulator.StripeEmulator;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /v1/callbackreservationpayment} as the page Stripe's 3-D Secure step returns the
 * browser to: a 303 to the stays frontend's configured page ({@code BOOKING_PAYMENT_RETURN_URL})
 * with the verified outcome; a wrong client secret or another tenant's token changes nothing.
 */
@PlatformTest
class ReservationPaymentReturnIT {

  private static final String PAGE = "https://stays.example.test/trips/payment";
  private static final String CALLBACK =
      Platform.BASE_URL + "/booking/v1/callbackreservationpayment";

  private final BookingFixtures world = new BookingFixtures();
  private final Tokens.User guest = world.guest();
  private final StripeEmulator stripe = StripeEmulatorExtension.emulator();
  private String reservation;
  private JsonPath payment;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Platform.ear();
  }

  @BeforeEach
  void aPaymentWaitingFor3dSecure() {
    reservation = booked(guest, world.instantListing(), today("Europe/Amsterdam").plusDays(30), 2);
    payment =
        as(guest)
            .body(
                Map.of(
                    "paymentUserParams",
                    Map.of(
                        "paymentMethodId",
                        "pm_card_authenticationRequired",
                        "returnUrl",
                        CALLBACK)))
            .patch("/v1/startreservationpayment/" + reservation)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .setRootPath("paymentResult");
    stripe.holdEvents();
  }

  @AfterEach
  void deliverTheHeldEvents() {
    stripe.releaseHeldEvents();
  }

  @Test
  void theBrowserBackFromStripeIsSentToTheFrontendWithThePaidOutcome() {
    String stripeSendsBackTo =
        RestAssured.given()
            .redirects()
            .follow(false)
            .get(payment.getString("paymentIntentInfo.nextActionUrl"))
            .then()
            .statusCode(302)
            .extract()
            .header("Location");

    RestAssured.given()
        .redirects()
        .follow(false)
        .get(stripeSendsBackTo)
        .then()
        .statusCode(303)
        .header("Location", equalTo(PAGE + "?reservationId=" + reservation + "&outcome=paid"));
    assertThat(bookingStatus(), equalTo("confirmed"));
  }

  @Test
  void aWrongSecretOrAnotherTenantsTokenIsRefusedAndChangesNothing() {
    String intent = payment.getString("paymentId");
    String secret = payment.getString("paymentIntentInfo.clientSecret");
    stripe.completeAuthentication(intent);

    returning(intent, intent + "_secret_guessed", null)
        .then()
        .statusCode(303)
        .header("Location", equalTo(PAGE + "?outcome=invalid"));
    returning(intent, secret, Tokens.user(UUID.randomUUID(), "guest"))
        .then()
        .statusCode(303)
        .header("Location", equalTo(PAGE + "?outcome=invalid"));
    assertThat(bookingStatus(), equalTo("pending"));

    returning(intent, secret, guest)
        .then()
        .statusCode(303)
        .header("Location", equalTo(PAGE + "?reservationId=" + reservation + "&outcome=paid"));
    assertThat(bookingStatus(), equalTo("confirmed"));
  }

  private io.restassured.response.Response returning(
      String paymentIntent, String clientSecret, Tokens.User withToken) {
    var request = RestAssured.given().redirects().follow(false);
    if (withToken != null) {
      request = request.auth().oauth2(withToken.token());
    }
    return request
        .queryParam("payment_intent", paymentIntent)
        .queryParam("payment_intent_client_secret", clientSecret)
        .queryParam("redirect_status", "succeeded")
        .get(CALLBACK);
  }

  private String bookingStatus() {
    return as(guest)
        .get("/v1/reservations/" + reservation + "?getJoins=false")
        .then()
        .statusCode(200)
        .extract()
        .path("reservation.bookingStatus");
  }
}
