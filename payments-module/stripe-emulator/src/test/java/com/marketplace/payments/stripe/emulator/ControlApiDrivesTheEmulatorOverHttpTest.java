package com.marketplace.payments.stripe.emulator;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.stripe.exception.ApiException;
import com.stripe.model.PaymentIntent;
import com.stripe.param.CustomerCreateParams;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class ControlApiDrivesTheEmulatorOverHttpTest extends EmulatorTestSupport {

  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> call(String method, String path, String json) throws Exception {
    HttpRequest.BodyPublisher body =
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json);
    return http.send(
        HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path)).method(method, body).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private JsonObject json(HttpResponse<String> response) {
    assertThat(response.body(), response.statusCode(), equalTo(200));
    return JsonParser.parseString(response.body()).getAsJsonObject();
  }

  @Test
  void countsListsAndResetReflectTheState() throws Exception {
    PaymentIntent intent = pay(100L, "pm_card_visa");

    JsonObject counts = json(call("GET", "/_emulator/counts", null));
    JsonObject intents = json(call("GET", "/_emulator/payment_intents", null));
    JsonObject requests = json(call("GET", "/_emulator/requests", null));
    json(call("POST", "/_emulator/reset", null));

    assertThat(counts.get("payment_intent").getAsInt(), equalTo(1));
    assertThat(counts.get("charge").getAsInt(), equalTo(1));
    assertThat(
        intents.getAsJsonArray("data").get(0).getAsJsonObject().get("id").getAsString(),
        equalTo(intent.getId()));
    assertThat(
        requests.getAsJsonArray("data").get(0).getAsJsonObject().get("path").getAsString(),
        equalTo("/v1/payment_intents"));
    assertThat(count("payment_intent"), equalTo(0));
    assertThat(emulator.requestLog().size(), equalTo(0));
  }

  @Test
  void faultInjectedOverHttpFailsTheNextMatchingCall() throws Exception {
    json(
        call(
            "POST",
            "/_emulator/faults",
            "{\"method\":\"POST\",\"path\":\"/v1/customers\",\"times\":1}"));

    assertThrows(
        ApiException.class,
        () -> stripe.v1().customers().create(CustomerCreateParams.builder().build()));
    assertThat(
        stripe.v1().customers().create(CustomerCreateParams.builder().build()).getId(),
        containsString("cus_"));
  }

  @Test
  void authenticationAndAdvanceAreAvailableOverHttp() throws Exception {
    PaymentIntent needsAction = pay(100L, "pm_card_authenticationRequired");
    PaymentIntent processing = pay(100L, "pm_card_processing");

    JsonObject authenticated =
        json(
            call(
                "POST",
                "/_emulator/payment_intents/" + needsAction.getId() + "/authenticate",
                "{\"outcome\":\"succeeded\"}"));
    JsonObject advanced =
        json(
            call(
                "POST",
                "/_emulator/payment_intents/" + processing.getId() + "/advance",
                "{\"status\":\"succeeded\"}"));

    assertThat(authenticated.get("status").getAsString(), equalTo("succeeded"));
    assertThat(advanced.get("status").getAsString(), equalTo("succeeded"));
  }

  @Test
  void misuseIsAnsweredWithAnError() throws Exception {
    PaymentIntent paid = pay(100L, "pm_card_visa");

    HttpResponse<String> wrongState =
        call(
            "POST",
            "/_emulator/payment_intents/" + paid.getId() + "/advance",
            "{\"status\":\"processing\"}");
    HttpResponse<String> unknown =
        call("POST", "/_emulator/payment_intents/pi_nope/authenticate", null);
    HttpResponse<String> badJson = call("POST", "/_emulator/faults", "[1]");

    assertThat(wrongState.statusCode(), equalTo(400));
    assertThat(unknown.statusCode(), equalTo(404));
    assertThat(badJson.statusCode(), equalTo(400));
    assertThat(wrongState.body(), containsString("\"error\""));
  }
}
