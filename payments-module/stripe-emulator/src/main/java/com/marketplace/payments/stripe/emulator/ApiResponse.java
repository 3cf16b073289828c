package com.marketplace.payments.stripe.emulator;

import com.google.gson.JsonElement;
import java.util.Map;

/** A status, a JSON body and any extra headers. */
record ApiResponse(int status, JsonElement body, Map<String, String> headers) {

  static ApiResponse ok(JsonElement body) {
    return new ApiResponse(200, body, Map.of());
  }

  static ApiResponse redirect(String location) {
    return new ApiResponse(302, Json.object("redirect", location), Map.of("Location", location));
  }
}
