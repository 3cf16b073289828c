package com.marketplace.payments.stripe.emulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Routes of the control API; each one calls the {@link StripeEmulator} method of the same meaning.
 */
final class ControlEndpoints {

  private final StripeEmulator emulator;

  ControlEndpoints(StripeEmulator emulator) {
    this.emulator = emulator;
  }

  void register(Router router) {
    router.add(
        "POST",
        "/_emulator/reset",
        request -> {
          emulator.reset();
          return ApiResponse.ok(Json.object("reset", true));
        });
    router.add(
        "GET",
        "/_emulator/counts",
        request -> ApiResponse.ok(Json.GSON.toJsonTree(emulator.objectCounts())));
    router.add(
        "GET",
        "/_emulator/payment_intents",
        request -> ApiResponse.ok(data(emulator.paymentIntents())));
    router.add(
        "GET", "/_emulator/requests", request -> ApiResponse.ok(data(emulator.requestLog())));
    router.add("POST", "/_emulator/faults", this::addFault);
    router.add(
        "DELETE",
        "/_emulator/faults",
        request -> {
          emulator.resetFaults();
          return ApiResponse.ok(Json.object("faults", 0));
        });
    router.add("POST", "/_emulator/payment_intents/{id}/authenticate", this::authenticate);
    router.add("GET", "/_emulator/payment_intents/{id}/authenticate", this::authenticateInBrowser);
    router.add(
        "POST",
        "/_emulator/payment_intents/{id}/advance",
        request ->
            ApiResponse.ok(
                emulator.advancePaymentIntent(
                    request.id(), request.params().requiredString("status"))));
    router.add(
        "POST",
        "/_emulator/payment_intents/{id}/refund_from_dashboard",
        request ->
            ApiResponse.ok(
                emulator.refundFromDashboard(request.id(), request.params().integer("amount"))));
    router.add(
        "POST",
        "/_emulator/payment_intents/{id}/dispute",
        request -> ApiResponse.ok(emulator.openDispute(request.id())));
    router.add(
        "POST",
        "/_emulator/disputes/{id}/close",
        request ->
            ApiResponse.ok(
                emulator.closeDispute(request.id(), request.params().requiredString("status"))));
    router.add("GET", "/_emulator/webhooks", request -> ApiResponse.ok(webhookStatus()));
    router.add("POST", "/_emulator/webhooks", this::configureWebhooks);
    router.add(
        "GET",
        "/_emulator/webhooks/outstanding",
        request -> ApiResponse.ok(Json.object("outstanding", emulator.webhooks().outstanding())));
    router.add(
        "POST",
        "/_emulator/webhooks/hold",
        request -> {
          emulator.holdEvents();
          return ApiResponse.ok(webhookStatus());
        });
    router.add("POST", "/_emulator/webhooks/release", this::release);
    router.add(
        "POST",
        "/_emulator/events/{id}/redeliver",
        request -> {
          Long times = request.params().integer("times");
          emulator.redeliver(request.id(), times == null ? 1 : times.intValue());
          return ApiResponse.ok(
              Json.object("redelivering", request.id(), "times", times == null ? 1 : times));
        });
  }

  /**
   * {@code {"method":"POST","path":"/v1/payment_intents","times":1,"delay_ms":3000}}; no delay_ms
   * means HTTP 500.
   */
  private ApiResponse addFault(ApiRequest request) {
    Params params = request.params();
    Long times = params.integer("times");
    Long delayMs = params.integer("delay_ms");
    int count = times == null ? 1 : times.intValue();
    String method = params.requiredString("method");
    String path = params.requiredString("path");
    if (delayMs == null) {
      emulator.failNext(method, path, count);
    } else {
      emulator.delayNext(method, path, count, Duration.ofMillis(delayMs));
    }
    return ApiResponse.ok(
        Json.object("method", method, "path", path, "times", count, "delay_ms", delayMs));
  }

  /** {@code {"outcome": "succeeded"}} (default) or {@code {"outcome": "failed"}}. */
  private ApiResponse authenticate(ApiRequest request) {
    String outcome = request.params().oneOf("outcome", List.of("succeeded", "failed"));
    return ApiResponse.ok(
        "failed".equals(outcome)
            ? emulator.failAuthentication(request.id())
            : emulator.completeAuthentication(request.id()));
  }

  /**
   * The "3D Secure page" that next_action URLs point to: passes (or with {@code ?outcome=failed}
   * fails) authentication and, like Stripe, sends the browser back to the intent's return_url.
   */
  private ApiResponse authenticateInBrowser(ApiRequest request) {
    JsonObject before = emulator.paymentIntent(request.id());
    JsonObject nextAction = Json.child(before, "next_action");
    JsonObject redirect = nextAction == null ? null : Json.child(nextAction, "redirect_to_url");
    JsonObject after = authenticate(request).body().getAsJsonObject();
    String returnUrl = redirect == null ? null : Json.string(redirect, "return_url");
    if (returnUrl == null) {
      return ApiResponse.ok(after);
    }
    String status = "succeeded".equals(Json.string(after, "status")) ? "succeeded" : "failed";
    return ApiResponse.redirect(
        returnUrl
            + (returnUrl.contains("?") ? "&" : "?")
            + "payment_intent="
            + Json.string(after, "id")
            + "&payment_intent_client_secret="
            + encode(Json.string(after, "client_secret"))
            + "&redirect_status="
            + status);
  }

  /**
   * {@code {"url": "...", "secret": "whsec_...", "auto_delivery": true}}; omitted fields stay as
   * they are.
   */
  private ApiResponse configureWebhooks(ApiRequest request) {
    Params params = request.params();
    if (params.has("url")) {
      emulator.configureWebhook(params.string("url"), params.string("secret"));
    }
    if (params.has("auto_delivery")) {
      emulator.setAutoDelivery(params.bool("auto_delivery"));
    }
    return ApiResponse.ok(webhookStatus());
  }

  /** {@code {"order": "created"|"reversed"}} or {@code {"event_ids": [...]}}. */
  private ApiResponse release(ApiRequest request) {
    Params params = request.params();
    List<String> ids = params.list("event_ids");
    String order = params.oneOf("order", List.of("created", "reversed"));
    if (!ids.isEmpty()) {
      emulator.releaseHeldEvents(ids);
    } else if ("reversed".equals(order)) {
      emulator.releaseHeldEventsReversed();
    } else {
      emulator.releaseHeldEvents();
    }
    return ApiResponse.ok(webhookStatus());
  }

  private JsonObject webhookStatus() {
    WebhookDispatcher webhooks = emulator.webhooks();
    return Json.object(
        "url", webhooks.url(),
        "auto_delivery", webhooks.autoDelivery(),
        "holding", webhooks.holding(),
        "held", Json.GSON.toJsonTree(webhooks.heldEventIds()),
        "deliveries", Json.GSON.toJsonTree(webhooks.deliveries()));
  }

  private static JsonObject data(List<?> items) {
    JsonArray data = new JsonArray();
    items.forEach(
        item ->
            data.add(
                item instanceof JsonElement ? (JsonElement) item : Json.GSON.toJsonTree(item)));
    return Json.object("object", "list", "data", data);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
