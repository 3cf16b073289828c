package com.marketplace.payments.stripe.emulator;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The {@code /_emulator} control API. Not Stripe's: it takes JSON bodies (or query parameters),
 * needs no API key and answers {@code {"error": {"message": ...}}} on misuse.
 */
final class ControlHandler implements HttpHandler {

  private final Router router = new Router();

  ControlHandler(StripeEmulator emulator) {
    new ControlEndpoints(emulator).register(router);
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    try {
      Params params = new Params(params(exchange));
      ApiResponse response =
          router.dispatch(new ApiRequest(method, path, List.of(), params, Origin.AUTOMATIC));
      HttpIo.send(
          exchange, response.status(), Json.GSON.toJson(response.body()), response.headers());
    } catch (StripeApiError e) {
      HttpIo.send(exchange, e.status(), Json.GSON.toJson(e.body(null)), Map.of());
    } catch (NoSuchElementException e) {
      HttpIo.send(exchange, 404, error(e.getMessage()), Map.of());
    } catch (IllegalStateException | IllegalArgumentException | JsonParseException e) {
      HttpIo.send(exchange, 400, error(e.getMessage()), Map.of());
    }
  }

  /** Query parameters, overlaid with the fields of a JSON object body if there is one. */
  private static JsonObject params(HttpExchange exchange) throws IOException {
    JsonObject params = FormParser.parse(exchange.getRequestURI().getRawQuery());
    String body = HttpIo.body(exchange);
    if (!body.isBlank()) {
      JsonElement json = JsonParser.parseString(body);
      if (!json.isJsonObject()) {
        throw new IllegalArgumentException("The control API takes a JSON object body");
      }
      json.getAsJsonObject()
          .entrySet()
          .forEach(entry -> params.add(entry.getKey(), entry.getValue()));
    }
    return params;
  }

  private static String error(String message) {
    return Json.GSON.toJson(
        Json.object("error", Json.object("type", "invalid_request_error", "message", message)));
  }
}
