package com.marketplace.payments.stripe.emulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The {@code /v1} front door: authentication, injected faults, idempotency, then the endpoint, run
 * while holding the store's lock so that requests never interleave on shared objects.
 */
final class ApiHandler implements HttpHandler {

  private static final Logger LOG = Logger.getLogger(ApiHandler.class.getName());

  private final Store store;
  private final Router router;
  private final Idempotency idempotency;
  private final Faults faults;
  private final RequestLog requestLog;

  ApiHandler(
      Store store, Router router, Idempotency idempotency, Faults faults, RequestLog requestLog) {
    this.store = store;
    this.router = router;
    this.idempotency = idempotency;
    this.faults = faults;
    this.requestLog = requestLog;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    String requestId = Ids.requestId();
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    String key =
        method.equals("POST") ? exchange.getRequestHeaders().getFirst("Idempotency-Key") : null;
    RenderedResponse answer;
    boolean replayed = false;
    try {
      String apiKey = apiKey(exchange);
      Faults.Fault fault = faults.take(method, path);
      if (fault != null && fault.isError()) {
        // Not stored under the idempotency key, so the client's retry runs the request for real.
        throw StripeApiError.api("An unknown error occurred (injected by the Stripe emulator).");
      }
      String encoded =
          method.equals("POST") ? HttpIo.body(exchange) : exchange.getRequestURI().getRawQuery();
      Params params = new Params(FormParser.parse(encoded));
      ApiRequest request =
          new ApiRequest(method, path, List.of(), params, new Origin(requestId, key));
      Idempotency.Stored earlier =
          key == null ? null : idempotency.begin(apiKey, key, method, path, params.raw());
      replayed = earlier != null;
      answer = replayed ? earlier.response() : run(request, apiKey, fault);
    } catch (StripeApiError e) {
      answer = new RenderedResponse(e.status(), Json.GSON.toJson(e.body(requestId)), requestId);
    }
    requestLog.add(new RequestLogEntry(requestId, method, path, key, answer.status(), replayed));
    HttpIo.send(exchange, answer.status(), answer.body(), headers(exchange, answer, key, replayed));
  }

  /**
   * Runs a request; one holding an idempotency key (claimed by the caller) records its answer and
   * releases the key.
   */
  private RenderedResponse run(ApiRequest request, String apiKey, Faults.Fault fault) {
    String key = request.origin().idempotencyKey();
    RenderedResponse answer = null;
    try {
      if (fault != null) {
        pause(fault);
      }
      answer = execute(request);
      return answer;
    } finally {
      if (key != null) {
        boolean keep = answer != null && replayable(answer.status());
        idempotency.finish(
            apiKey,
            key,
            keep
                ? new Idempotency.Stored(
                    request.method(), request.path(), request.params().raw(), answer)
                : null);
      }
    }
  }

  private RenderedResponse execute(ApiRequest request) {
    String requestId = request.origin().requestId();
    try {
      synchronized (store) {
        ApiResponse response = router.dispatch(request);
        return new RenderedResponse(
            response.status(), Json.GSON.toJson(response.body()), requestId);
      }
    } catch (StripeApiError e) {
      return new RenderedResponse(e.status(), Json.GSON.toJson(e.body(requestId)), requestId);
    } catch (RuntimeException e) {
      // An emulator bug: answer like a Stripe outage rather than dropping the connection.
      LOG.log(Level.WARNING, "Failed to handle " + request.method() + " " + request.path(), e);
      StripeApiError error = StripeApiError.api("The Stripe emulator failed: " + e);
      return new RenderedResponse(
          error.status(), Json.GSON.toJson(error.body(requestId)), requestId);
    }
  }

  /**
   * Stripe stores the outcome once an endpoint has started executing: successes and card declines.
   * Validation failures are not stored, so a corrected retry with the same key may go through.
   */
  private static boolean replayable(int status) {
    return status < 300 || status == 402;
  }

  /** The request is handled after the delay, as a slow Stripe would still complete it. */
  private static void pause(Faults.Fault fault) {
    try {
      Thread.sleep(fault.delay().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Any {@code sk_test_} key, sent as Bearer (stripe-java) or as Basic user (curl -u). */
  private static String apiKey(HttpExchange exchange) {
    String header = exchange.getRequestHeaders().getFirst("Authorization");
    if (header == null || header.isBlank()) {
      throw StripeApiError.unauthorized(
          "You did not provide an API key. You need to provide your API "
              + "key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer "
              + "YOUR_SECRET_KEY').");
    }
    String key = header.trim();
    if (key.regionMatches(true, 0, "Bearer ", 0, 7)) {
      key = key.substring(7).trim();
    } else if (key.regionMatches(true, 0, "Basic ", 0, 6)) {
      String decoded = decodeBasic(key.substring(6).trim());
      key = decoded.contains(":") ? decoded.substring(0, decoded.indexOf(':')) : decoded;
    }
    if (!key.startsWith("sk_test_") || key.length() == "sk_test_".length()) {
      throw StripeApiError.unauthorized("Invalid API Key provided: " + redact(key));
    }
    return key;
  }

  private static String decodeBasic(String encoded) {
    try {
      return new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  /** Like Stripe, never echo a whole key back. */
  private static String redact(String key) {
    return key.length() <= 12
        ? "****"
        : key.substring(0, 8) + "****" + key.substring(key.length() - 4);
  }

  private static Map<String, String> headers(
      HttpExchange exchange, RenderedResponse answer, String key, boolean replayed) {
    Map<String, String> headers = new HashMap<>();
    headers.put("Request-Id", answer.requestId());
    String version = exchange.getRequestHeaders().getFirst("Stripe-Version");
    headers.put("Stripe-Version", version != null ? version : StripeEmulator.API_VERSION);
    if (key != null) {
      headers.put("Idempotency-Key", key);
    }
    if (replayed) {
      headers.put("Idempotent-Replayed", "true");
    }
    return headers;
  }
}
