package com.marketplace.payments.stripe.emulator;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WebhookDeliveryIsRepeatedReorderedAndRetriedTest extends WebhookTestSupport {

  private static List<String> ids(List<Event> events) {
    return events.stream().map(Event::getId).collect(Collectors.toList());
  }

  private static List<String> types(List<Event> events) {
    return events.stream().map(Event::getType).collect(Collectors.toList());
  }

  @Test
  void eventIsRedeliveredAsManyTimesAsAsked() throws Exception {
    pay(100L, "pm_card_visa");
    Event original = verify(receiver.next());

    emulator.redeliver(original.getId(), 3);

    assertThat(ids(nextEvents(3)), contains(original.getId(), original.getId(), original.getId()));
    assertThat(receiver.quietFor(Duration.ofMillis(300)), is(true));
  }

  @Test
  void heldEventsAreDeliveredInReverseOrder() throws Exception {
    emulator.holdEvents();
    PaymentIntent intent = pay(900L, "pm_card_processing");
    emulator.advancePaymentIntent(intent.getId(), "succeeded");
    assertThat(receiver.quietFor(Duration.ofMillis(300)), is(true));
    assertThat(emulator.heldEventIds().size(), equalTo(2));

    emulator.releaseHeldEventsReversed();

    assertThat(
        types(nextEvents(2)), contains("payment_intent.succeeded", "payment_intent.processing"));
  }

  @Test
  void heldEventsAreDeliveredInTheGivenOrder() throws Exception {
    emulator.holdEvents();
    PaymentIntent intent = pay(900L, "pm_card_processing");
    emulator.advancePaymentIntent(intent.getId(), "succeeded");
    pay(100L, "pm_card_visa");
    List<String> held = emulator.heldEventIds();

    emulator.releaseHeldEvents(List.of(held.get(1), held.get(2)));

    assertThat(ids(nextEvents(3)), contains(held.get(1), held.get(2), held.get(0)));
  }

  @Test
  void aHeldEventIsFoundByItsType() throws Exception {
    emulator.holdEvents();
    PaymentIntent intent = pay(900L, "pm_card_processing");
    emulator.advancePaymentIntent(intent.getId(), "succeeded");

    assertThat(
        emulator.heldEvent("payment_intent.succeeded").get("id").getAsString(),
        equalTo(emulator.heldEventIds().get(1)));
    assertThrows(IllegalStateException.class, () -> emulator.heldEvent("charge.refunded"));
  }

  @Test
  void failingEndpointIsRetriedUntilItAccepts() throws Exception {
    receiver.answer(500, 503);

    pay(100L, "pm_card_visa");

    assertThat(ids(nextEvents(3)).stream().distinct().count(), equalTo(1L));
    assertThat(emulator.awaitWebhookDeliveries(Duration.ofSeconds(5)), is(true));
    assertThat(
        emulator.webhookDeliveries().stream()
            .map(WebhookDelivery::statusCode)
            .collect(Collectors.toList()),
        contains(500, 503, 200));
    assertThat(
        emulator.webhookDeliveries().stream()
            .map(WebhookDelivery::attempt)
            .collect(Collectors.toList()),
        contains(1, 2, 3));
  }

  @Test
  void withAutomaticDeliveryOffEventsAreOnlyRecorded() throws Exception {
    emulator.setAutoDelivery(false);

    pay(100L, "pm_card_visa");

    assertThat(receiver.quietFor(Duration.ofMillis(400)), is(true));
    assertThat(types(stripe.v1().events().list().getData()), contains("payment_intent.succeeded"));
    assertThat(emulator.events().size(), equalTo(1));
  }
}
