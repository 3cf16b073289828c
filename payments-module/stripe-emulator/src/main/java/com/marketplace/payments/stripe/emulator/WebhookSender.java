package com.marketplace.payments.stripe.emulator;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** One signed POST of an event to a webhook endpoint, shaped like Stripe's deliveries. */
final class WebhookSender {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

  /**
   * Answers the endpoint's HTTP status. Signs at send time, as Stripe does, so every attempt
   * carries a fresh timestamp.
   */
  int send(JsonObject event, String url, String secret) throws IOException, InterruptedException {
    String payload = Json.GSON.toJson(event);
    String signature = WebhookSigner.signatureHeader(payload, secret, Json.now());
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json; charset=utf-8")
            .header("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)")
            .header("Stripe-Signature", signature)
            .POST(HttpRequest.BodyPublishers.ofString(payload))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
