package com.marketplace.payments.stripe.emulator;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;

import com.google.gson.JsonParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What a benchmark or a test polls to know the webhooks it caused have all been delivered. */
class OutstandingWebhookDeliveriesAreCountedOverHttpTest extends WebhookTestSupport {

  private final HttpClient http = HttpClient.newHttpClient();

  private int outstanding() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(emulator.baseUrl() + "/_emulator/webhooks/outstanding"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.body(), response.statusCode(), equalTo(200));
    return JsonParser.parseString(response.body()).getAsJsonObject().get("outstanding").getAsInt();
  }

  @Test
  void aDeliveryBeingRetriedIsOutstandingUntilTheEndpointAcceptsIt() throws Exception {
    receiver.answer(500, 500, 500); // retried after 200, 400 and 800 ms

    pay(100L, "pm_card_visa");
    int whileRetrying = outstanding();
    boolean idle = emulator.awaitWebhookDeliveries(Duration.ofSeconds(5));

    assertThat(whileRetrying, greaterThanOrEqualTo(1));
    assertThat(idle, is(true));
    assertThat(outstanding(), equalTo(0));
  }
}
