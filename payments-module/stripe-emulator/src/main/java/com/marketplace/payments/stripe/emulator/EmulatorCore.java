package com.marketplace.payments.stripe.emulator;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** Wires the emulator's parts together; {@link StripeEmulator} adds the HTTP server around them. */
final class EmulatorCore implements AutoCloseable {

  final Store store = new Store();
  final Idempotency idempotency = new Idempotency();
  final Faults faults = new Faults();
  final RequestLog requestLog = new RequestLog();
  final WebhookDispatcher webhooks = new WebhookDispatcher();
  final PaymentFlow flow;
  final EventPublisher events;
  private final Router api = new Router();
  private final Map<String, JsonObject> disputes = new ConcurrentHashMap<>();

  EmulatorCore(String baseUrl) {
    events = new EventPublisher(store, webhooks);
    PaymentMethods paymentMethods = new PaymentMethods(store);
    Expander expander = new Expander(store);
    Charges charges = new Charges(store);
    flow = new PaymentFlow(store, charges, new IntentTransitions(charges, events, baseUrl));
    new CustomerEndpoints(store, paymentMethods, expander).register(api);
    new PaymentMethodEndpoints(store, paymentMethods, expander).register(api);
    new PaymentIntentEndpoints(store, paymentMethods, flow, expander).register(api);
    new ChargeEndpoints(store, expander).register(api);
    new RefundEndpoints(store, events, expander).register(api);
    new EventEndpoints(store).register(api);
  }

  ApiHandler apiHandler() {
    return new ApiHandler(store, api, idempotency, faults, requestLog);
  }

  /**
   * Forgets all objects, keys, faults, logs and held events; the webhook endpoint stays configured.
   */
  void reset() {
    synchronized (store) {
      store.clear();
      idempotency.clear();
      faults.clear();
      requestLog.clear();
      webhooks.reset();
      disputes.clear();
      events.apiVersion(StripeEmulator.API_VERSION);
    }
  }

  /** A copy of a stored object; {@link NoSuchElementException} if unknown. */
  JsonObject copy(ObjectKind kind, String id) {
    synchronized (store) {
      return existing(kind, id).deepCopy();
    }
  }

  /** Copies of all objects of a kind, newest first. */
  List<JsonObject> copies(ObjectKind kind) {
    List<JsonObject> copies = new ArrayList<>();
    synchronized (store) {
      store.newestFirst(kind).forEach(object -> copies.add(object.deepCopy()));
    }
    return copies;
  }

  /**
   * Applies a control-API change to a stored PaymentIntent and answers a copy. A change the
   * intent's status does not allow becomes {@link IllegalStateException}.
   */
  JsonObject changePaymentIntent(String id, Consumer<JsonObject> change) {
    synchronized (store) {
      JsonObject intent = existing(ObjectKind.PAYMENT_INTENT, id);
      try {
        change.accept(intent);
      } catch (StripeApiError e) {
        throw new IllegalStateException(e.getMessage(), e);
      }
      return intent.deepCopy();
    }
  }

  /**
   * A refund made by a person in Stripe's dashboard: no idempotency key, no metadata of ours; the
   * whole remaining amount when {@code amountMinor} is null.
   */
  JsonObject refundFromDashboard(String paymentIntentId, Long amountMinor) {
    JsonObject params = new JsonObject();
    params.addProperty("payment_intent", paymentIntentId);
    if (amountMinor != null) {
      params.addProperty("amount", amountMinor.toString());
    }
    synchronized (store) {
      return api.dispatch(
              new ApiRequest(
                  "POST", "/v1/refunds", List.of(), new Params(params), Origin.AUTOMATIC))
          .body()
          .getAsJsonObject();
    }
  }

  /** The card holder's bank opens a chargeback of the PaymentIntent's charge (a dispute). */
  JsonObject openDispute(String paymentIntentId) {
    synchronized (store) {
      JsonObject intent = existing(ObjectKind.PAYMENT_INTENT, paymentIntentId);
      JsonObject dispute =
          Json.object(
              "id",
              Ids.next("dp"),
              "object",
              "dispute",
              "amount",
              intent.get("amount"),
              "currency",
              intent.get("currency"),
              "charge",
              intent.get("latest_charge"),
              "payment_intent",
              paymentIntentId,
              "created",
              Json.now(),
              "livemode",
              false,
              "metadata",
              new JsonObject(),
              "reason",
              "fraudulent",
              "status",
              "needs_response");
      disputes.put(Json.string(dispute, "id"), dispute);
      events.emit("charge.dispute.created", dispute, Origin.AUTOMATIC);
      return dispute.deepCopy();
    }
  }

  /** The bank decides a chargeback: {@code won} (the merchant keeps the money) or {@code lost}. */
  JsonObject closeDispute(String disputeId, String status) {
    synchronized (store) {
      JsonObject dispute = disputes.get(disputeId);
      if (dispute == null) {
        throw new NoSuchElementException("No such dispute: '" + disputeId + "'");
      }
      dispute.addProperty("status", status);
      events.emit("charge.dispute.closed", dispute, Origin.AUTOMATIC);
      return dispute.deepCopy();
    }
  }

  private JsonObject existing(ObjectKind kind, String id) {
    JsonObject object = store.find(kind, id);
    if (object == null) {
      throw new NoSuchElementException("No such " + kind.objectName + ": '" + id + "'");
    }
    return object;
  }

  @Override
  public void close() {
    webhooks.close();
  }
}
