package com.marketplace.payments.stripe.emulator;

import com.google.gson.JsonObject;

/** Turns a state change into a stored Stripe {@code Event} and hands it to webhook delivery. */
final class EventPublisher {

  private final Store store;
  private final WebhookDispatcher dispatcher;
  private volatile String apiVersion = StripeEmulator.API_VERSION;

  EventPublisher(Store store, WebhookDispatcher dispatcher) {
    this.store = store;
    this.dispatcher = dispatcher;
  }

  /** The API version events are rendered in from now on (an account upgraded meanwhile). */
  void apiVersion(String version) {
    this.apiVersion = version;
  }

  /** Snapshots {@code object}: later changes to it must not alter what the event says. */
  JsonObject emit(String type, JsonObject object, Origin origin) {
    JsonObject event =
        Json.object(
            "id",
            Ids.next(ObjectKind.EVENT.prefix),
            "object",
            "event",
            "api_version",
            apiVersion,
            "created",
            Json.now(),
            "data",
            Json.object("object", object.deepCopy()),
            "livemode",
            false,
            "pending_webhooks",
            dispatcher.hasEndpoint() ? 1 : 0,
            "request",
            Json.object("id", origin.requestId(), "idempotency_key", origin.idempotencyKey()),
            "type",
            type);
    store.put(ObjectKind.EVENT, event);
    dispatcher.publish(event.deepCopy());
    return event;
  }
}
