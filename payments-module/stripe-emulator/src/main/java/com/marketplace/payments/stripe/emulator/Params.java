package com.marketplace.payments.stripe.emulator;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Typed, validating access to request parameters. Failures become Stripe's 400 answers naming the
 * offending {@code param} in bracket notation, e.g. {@code
 * invoice_settings[default_payment_method]}.
 */
final class Params {

  private final JsonObject values;
  private final String prefix;

  Params(JsonObject values) {
    this(values, "");
  }

  private Params(JsonObject values, String prefix) {
    this.values = values;
    this.prefix = prefix;
  }

  JsonObject raw() {
    return values;
  }

  boolean has(String name) {
    return values.has(name);
  }

  /** The nested parameters under {@code name} (empty when absent). */
  Params nested(String name) {
    JsonElement value = values.get(name);
    JsonObject object =
        value != null && value.isJsonObject() ? value.getAsJsonObject() : new JsonObject();
    return new Params(object, qualified(name));
  }

  String string(String name) {
    JsonElement value = values.get(name);
    if (value == null || value.isJsonNull()) {
      return null;
    }
    if (!value.isJsonPrimitive()) {
      throw invalid("Invalid string: " + value, name);
    }
    return value.getAsString();
  }

  String requiredString(String name) {
    String value = string(name);
    if (value == null || value.isEmpty()) {
      throw StripeApiError.invalidRequest(
          "parameter_missing", "Missing required param: " + qualified(name) + ".", qualified(name));
    }
    return value;
  }

  Long integer(String name) {
    String value = string(name);
    if (value == null) {
      return null;
    }
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw StripeApiError.invalidRequest(
          "parameter_invalid_integer", "Invalid integer: " + value, qualified(name));
    }
  }

  boolean bool(String name) {
    String value = string(name);
    if (value == null) {
      return false;
    }
    if (!value.equals("true") && !value.equals("false")) {
      throw invalid("Invalid boolean: " + value, name);
    }
    return Boolean.parseBoolean(value);
  }

  /** Values of an array parameter ({@code name[0]=a&name[1]=b}); empty when absent. */
  List<String> list(String name) {
    JsonElement value = values.get(name);
    List<String> out = new ArrayList<>();
    if (value == null || value.isJsonNull()) {
      return out;
    }
    if (!value.isJsonArray()) {
      throw invalid("Invalid array", name);
    }
    value.getAsJsonArray().forEach(item -> out.add(item.getAsString()));
    return out;
  }

  /** A value that must be one of {@code allowed}; null when absent. */
  String oneOf(String name, List<String> allowed) {
    String value = string(name);
    if (value != null && !allowed.contains(value)) {
      throw invalid(
          "Invalid " + qualified(name) + ": must be one of " + String.join(", ", allowed), name);
    }
    return value;
  }

  StripeApiError invalid(String message, String name) {
    return StripeApiError.invalidRequest(null, message, qualified(name));
  }

  private String qualified(String name) {
    return prefix.isEmpty() ? name : prefix + "[" + name + "]";
  }
}
