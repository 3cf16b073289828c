package com.marketplace.payments.stripe.emulator;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.model.StripeObject;
import com.stripe.net.Webhook;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * An emulator whose webhooks go to a {@link WebhookReceiver}, verified as a real endpoint would.
 */
abstract class WebhookTestSupport extends EmulatorTestSupport {

  static final String SECRET = "whsec_test_secret";

  WebhookReceiver receiver;

  @BeforeEach
  void startReceiver() throws Exception {
    receiver = new WebhookReceiver();
    emulator.configureWebhook(receiver.url(), SECRET);
  }

  @AfterEach
  void stopReceiver() {
    receiver.close();
  }

  static Event verify(WebhookReceiver.Delivery delivery) {
    try {
      return Webhook.constructEvent(delivery.payload(), delivery.signature(), SECRET);
    } catch (SignatureVerificationException e) {
      throw new AssertionError("Delivery failed verification: " + delivery, e);
    }
  }

  /** The next {@code count} deliveries, each verified. */
  List<Event> nextEvents(int count) throws InterruptedException {
    return receiver.next(count).stream()
        .map(WebhookTestSupport::verify)
        .collect(Collectors.toList());
  }

  static StripeObject objectOf(Event event) {
    return event
        .getDataObjectDeserializer()
        .getObject()
        .orElseThrow(
            () -> new AssertionError("data.object did not deserialize: " + event.getType()));
  }
}
