package com.marketplace.payments.stripe.emulator;

import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A running Stripe emulator: point a {@code StripeClient} at {@link #baseUrl()}. The methods below
 * are the Java face of the control API ({@code /_emulator/...}). Thread-safe.
 */
public final class StripeEmulator implements AutoCloseable {

  /** The API version stripe-java 33.3.0 pins; events carry it so their data objects deserialize. */
  public static final String API_VERSION = "2026-07-29.dahlia";

  static {
    // JDK's HttpServer writes an answer's headers and body in two writes; without TCP_NODELAY the
    // body waited for the client's delayed ACK: 44 ms per call on a keep-alive connection (as
    // stripe-java and java.net.http keep them), against 4 ms with it, so every emulated payment
    // took three times that. The server classes read the property once, when they load.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final EmulatorCore core;
  private final String baseUrl;

  private StripeEmulator(InetSocketAddress address) throws IOException {
    server = HttpServer.create(address, 0);
    baseUrl =
        "http://" + address.getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    core = new EmulatorCore(baseUrl);
    // One thread per request: an injected delay must not hold up other requests.
    executor = Executors.newCachedThreadPool(Daemons.named("stripe-emulator-http"));
    server.setExecutor(executor);
    server.createContext("/v1/", core.apiHandler());
    server.createContext("/_emulator/", new ControlHandler(this));
    server.start();
  }

  /** Starts on 127.0.0.1; {@code port} 0 picks a free port. */
  public static StripeEmulator start(int port) {
    return start(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
  }

  public static StripeEmulator start(InetSocketAddress address) {
    try {
      return new StripeEmulator(address);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the Stripe emulator on " + address, e);
    }
  }

  /** E.g. {@code http://127.0.0.1:12111}, for {@code StripeClient.builder().setApiBase(...)}. */
  public String baseUrl() {
    return baseUrl;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    core.close();
    executor.shutdownNow();
  }

  /** Forgets objects, idempotency keys, faults, logs and held events; keeps the webhook URL. */
  public void reset() {
    core.reset();
  }

  /** The next {@code times} matching requests answer HTTP 500 api_error ({@code *} = a segment). */
  public void failNext(String method, String pathPattern, int times) {
    core.faults.add(method, pathPattern, times, null);
  }

  /**
   * The next {@code times} matching requests are handled after {@code delay}, tripping timeouts.
   */
  public void delayNext(String method, String pathPattern, int times, Duration delay) {
    core.faults.add(method, pathPattern, times, delay);
  }

  public void resetFaults() {
    core.faults.clear();
  }

  /** Objects per kind: customer, payment_method, payment_intent, charge, refund, event. */
  public Map<String, Integer> objectCounts() {
    return core.store.counts();
  }

  /** Copies of all PaymentIntents, newest first. */
  public List<JsonObject> paymentIntents() {
    return core.copies(ObjectKind.PAYMENT_INTENT);
  }

  /** A copy of one PaymentIntent; {@link NoSuchElementException} if unknown. */
  public JsonObject paymentIntent(String id) {
    return core.copy(ObjectKind.PAYMENT_INTENT, id);
  }

  /** Copies of all events, newest first. */
  public List<JsonObject> events() {
    return core.copies(ObjectKind.EVENT);
  }

  /** API requests answered so far, oldest first. */
  public List<RequestLogEntry> requestLog() {
    return core.requestLog.entries();
  }

  /** Where to POST events, and the {@code whsec_...} secret to sign them; null url: none. */
  public void configureWebhook(String url, String secret) {
    if (url != null && (secret == null || secret.isEmpty())) {
      throw new IllegalArgumentException("A webhook endpoint needs a signing secret");
    }
    core.webhooks.configure(url, secret);
  }

  /** With automatic delivery off, events are only recorded; {@link #redeliver} still sends. */
  public void setAutoDelivery(boolean enabled) {
    core.webhooks.setAutoDelivery(enabled);
  }

  /** Keeps new events from being delivered until one of the {@code releaseHeldEvents} methods. */
  public void holdEvents() {
    core.webhooks.hold();
  }

  public List<String> heldEventIds() {
    return core.webhooks.heldEventIds();
  }

  /**
   * The first held event of {@code type} (e.g. {@code payment_intent.succeeded}), to post it
   * oneself: a test playing Stripe's duplicate deliveries.
   */
  public JsonObject heldEvent(String type) {
    List<String> held = heldEventIds();
    return events().stream()
        .filter(event -> held.contains(event.get("id").getAsString()))
        .filter(event -> event.get("type").getAsString().equals(type))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No held event of type " + type));
  }

  /** Delivers held events in the order they were created and stops holding. */
  public void releaseHeldEvents() {
    core.webhooks.release(List.of(), false);
  }

  /** Delivers held events newest first (out of order) and stops holding. */
  public void releaseHeldEventsReversed() {
    core.webhooks.release(List.of(), true);
  }

  /** Delivers the held events listed, in that order, then any others held, and stops holding. */
  public void releaseHeldEvents(List<String> eventIds) {
    core.webhooks.release(List.copyOf(eventIds), false);
  }

  /** Delivers an already emitted event {@code times} more times, freshly signed each time. */
  public void redeliver(String eventId, int times) {
    core.webhooks.redeliver(core.copy(ObjectKind.EVENT, eventId), times);
  }

  /** Every delivery attempt so far, in the order they finished. */
  public List<WebhookDelivery> webhookDeliveries() {
    return core.webhooks.deliveries();
  }

  /** Waits until no delivery (retries included) is pending; false on timeout. */
  public boolean awaitWebhookDeliveries(Duration timeout) throws InterruptedException {
    return core.webhooks.awaitIdle(timeout);
  }

  /** The customer passes 3D Secure: a {@code requires_action} intent succeeds. */
  public JsonObject completeAuthentication(String paymentIntentId) {
    return core.changePaymentIntent(
        paymentIntentId, intent -> core.flow.completeAuthentication(intent, true));
  }

  /** The customer fails 3D Secure: the intent goes back to {@code requires_payment_method}. */
  public JsonObject failAuthentication(String paymentIntentId) {
    return core.changePaymentIntent(
        paymentIntentId, intent -> core.flow.completeAuthentication(intent, false));
  }

  /** Moves an intent as a bank would: to processing, succeeded or requires_payment_method. */
  public JsonObject advancePaymentIntent(String paymentIntentId, String status) {
    return core.changePaymentIntent(paymentIntentId, intent -> core.flow.advance(intent, status));
  }

  /** Every refund, newest first. */
  public List<JsonObject> refunds() {
    return core.copies(ObjectKind.REFUND);
  }

  /** Someone refunds in Stripe's dashboard; {@code amountMinor} null refunds what is left. */
  public JsonObject refundFromDashboard(String paymentIntentId, Long amountMinor) {
    return core.refundFromDashboard(paymentIntentId, amountMinor);
  }

  /** The card holder's bank opens a chargeback of the PaymentIntent's charge. */
  public JsonObject openDispute(String paymentIntentId) {
    return core.openDispute(paymentIntentId);
  }

  /** The bank decides the chargeback: {@code won} or {@code lost}. */
  public JsonObject closeDispute(String disputeId, String status) {
    return core.closeDispute(disputeId, status);
  }

  /**
   * Events from now on carry {@code version} (as after an upgrade of the account's API version).
   */
  public void renderEventsIn(String version) {
    core.events.apiVersion(version);
  }

  WebhookDispatcher webhooks() {
    return core.webhooks;
  }
}
