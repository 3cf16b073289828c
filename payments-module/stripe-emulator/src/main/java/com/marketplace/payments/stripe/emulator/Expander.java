package com.marketplace.payments.stripe.emulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Arrays;
import java.util.List;

/**
 * Stripe's {@code expand[]}: replaces id references (e.g. {@code latest_charge}) by the objects,
 * following dotted paths ({@code data.latest_charge} for lists, {@code latest_charge.customer}).
 */
final class Expander {

  private final Store store;

  Expander(Store store) {
    this.store = store;
  }

  /**
   * A copy of {@code object} with the requested fields expanded; the stored object is untouched.
   */
  JsonObject expand(JsonObject object, Params params) {
    JsonObject copy = object.deepCopy();
    for (String path : params.list("expand")) {
      expandPath(copy, Arrays.asList(path.split("\\.")), path, params);
    }
    return copy;
  }

  private void expandPath(JsonObject target, List<String> path, String full, Params params) {
    String field = path.get(0);
    JsonElement value = target.get(field);
    if (value == null) {
      throw cannotExpand(full, params);
    }
    List<String> rest = path.subList(1, path.size());
    if (value.isJsonArray()) {
      JsonArray array = value.getAsJsonArray();
      for (int i = 0; i < array.size(); i++) {
        array.set(i, resolve(array.get(i), rest, full, params));
      }
    } else if (!value.isJsonNull()) {
      target.add(field, resolve(value, rest, full, params));
    }
  }

  private JsonElement resolve(JsonElement value, List<String> rest, String full, Params params) {
    JsonElement resolved = value;
    if (value.isJsonPrimitive()) {
      JsonObject referenced = store.findAny(value.getAsString());
      if (referenced == null) {
        throw cannotExpand(full, params);
      }
      resolved = referenced.deepCopy();
    }
    if (!rest.isEmpty() && resolved.isJsonObject()) {
      expandPath(resolved.getAsJsonObject(), rest, full, params);
    }
    return resolved;
  }

  private static StripeApiError cannotExpand(String path, Params params) {
    return params.invalid("This property cannot be expanded (" + path + ").", "expand");
  }
}
