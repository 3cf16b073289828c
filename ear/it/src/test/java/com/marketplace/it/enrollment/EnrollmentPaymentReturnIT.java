package com.marketplace.it.enrollment;

import static com.marketplace.it.support.Platform.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

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
 * {@code GET /v1/callbackenrollmentpayment} as the page Stripe's 3-D Secure step returns the
 * browser to: verified against Stripe, then a 303 to the tutoring frontend's configured page
 * ({@code ENROLLMENT_PAYMENT_RETURN_URL} in the IT configuration) with the outcome. Webhooks are
 * held while it runs, so what changes is the callback's doing.
 */
@PlatformTest
class EnrollmentPaymentReturnIT {

  private static final String PAGE = "https://tutorhub.example.test/payment-result?from=api";
  private static final String CALLBACK =
      Platform.BASE_URL + "/enrollment/v1/callbackenrollmentpayment";

  private final UUID tenant = UUID.randomUUID();
  private final Tokens.User admin = Tokens.user(tenant, "admin");
  private final Tokens.User student = Tokens.user(tenant, "student");
  private final StripeEmulator stripe = StripeEmulatorExtension.emulator();
  private String enrollment;
  private JsonPath payment;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Platform.ear();
  }

  /** An enrollment whose payment waits for 3-D Secure, to come back to this API. */
  @BeforeEach
  void aPaymentWaitingFor3dSecure() {
    enrollment = Students.enroll(student, Course.offered(admin, "45.00", 1, false));
    payment =
        as(student, "enrollment")
            .body(
                Map.of(
                    "paymentUserParams",
                    Map.of(
                        "paymentMethodId",
                        "pm_card_authenticationRequired",
                        "returnUrl",
                        CALLBACK)))
            .patch("/v1/startenrollmentpayment/" + enrollment)
            .then()
            .statusCode(200)
            .body("paymentResult.paymentIntentInfo.nextActionType", equalTo("redirect_to_url"))
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
    assertThat(stripeSendsBackTo, startsWith(CALLBACK + "?payment_intent="));

    RestAssured.given()
        .redirects()
        .follow(false)
        .get(stripeSendsBackTo) // the browser: no token
        .then()
        .statusCode(303)
        .header("Location", equalTo(PAGE + "&enrollmentId=" + enrollment + "&outcome=paid"))
        .header("Referrer-Policy", equalTo("no-referrer"));
    assertThat(state("enrollmentStatus"), equalTo("active"));
    assertThat(state("paymentStatus"), equalTo("paid"));

    as(student, "enrollment") // the JSON callback works as before
        .body(Map.of("enrollmentId", enrollment))
        .post("/v1/callbackenrollmentpayment")
        .then()
        .statusCode(200)
        .body("dataName", equalTo("enrollment"))
        .body("paymentResult.statusLiteral", equalTo("paid"));
  }

  @Test
  void aWrongClientSecretIsRefusedAndChangesNothing() {
    stripe.completeAuthentication(intent()); // Stripe has the money; only the webhook is held

    returning(intent(), intent() + "_secret_guessed", null)
        .then()
        .statusCode(303)
        .header("Location", equalTo(PAGE + "&outcome=invalid"));
    assertThat(state("paymentStatus"), equalTo("pending"));
    assertThat(state("paymentConfirmation"), equalTo("pending"));

    returning(intent(), payment.getString("paymentIntentInfo.clientSecret"), null)
        .then()
        .statusCode(303)
        .header("Location", equalTo(PAGE + "&enrollmentId=" + enrollment + "&outcome=paid"));
  }

  @Test
  void anUnknownOrMalformedPaymentIntentIsRefused() {
    for (String unknown : new String[] {"pi_NotOneOfOurs123", "../../v1/enrollments", "pi_"}) {
      returning(unknown, unknown + "_secret_x", null)
          .then()
          .statusCode(303)
          .header("Location", equalTo(PAGE + "&outcome=invalid"));
    }
    RestAssured.given()
        .redirects()
        .follow(false)
        .get(CALLBACK)
        .then()
        .statusCode(400)
        .body("message", equalTo("errMsg_payment_intentIsRequired"));
  }

  @Test
  void anotherTenantsPaymentIntentIsRefusedToThatTenantsToken() {
    stripe.completeAuthentication(intent());
    Tokens.User stranger = Tokens.user(UUID.randomUUID(), "student");

    returning(intent(), payment.getString("paymentIntentInfo.clientSecret"), stranger)
        .then()
        .statusCode(303)
        .header("Location", equalTo(PAGE + "&outcome=invalid"));
    assertThat(state("paymentStatus"), equalTo("pending"));

    returning(intent(), payment.getString("paymentIntentInfo.clientSecret"), student)
        .then()
        .statusCode(303)
        .header("Location", equalTo(PAGE + "&enrollmentId=" + enrollment + "&outcome=paid"));
  }

  private String intent() {
    return payment.getString("paymentId");
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

  private String state(String field) {
    return as(admin, "enrollment")
        .get("/v1/enrollments/" + enrollment + "?getJoins=false")
        .then()
        .statusCode(200)
        .extract()
        .path("enrollment." + field);
  }
}
