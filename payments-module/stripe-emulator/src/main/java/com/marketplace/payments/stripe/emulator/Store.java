package com.marketplace.payments.stripe.emulator;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All emulated objects, kept as Stripe-shaped JSON so what is stored is exactly what is answered.
 *
 * <p>Endpoints mutate the stored objects in place, so every request runs while holding this
 * object's monitor (see {@link ApiHandler}); the methods are synchronized as well so that the
 * inspection API can read from other threads.
 */
final class Store {

  private final Map<ObjectKind, Map<String, JsonObject>> objects = new EnumMap<>(ObjectKind.class);

  /** How a card PaymentMethod behaves when charged; not part of Stripe's JSON. */
  private final Map<String, TestCard> cards = new HashMap<>();

  Store() {
    clear();
  }

  synchronized JsonObject put(ObjectKind kind, JsonObject object) {
    objects.get(kind).put(Json.string(object, "id"), object);
    return object;
  }

  /** The stored object itself (not a copy), or null. */
  synchronized JsonObject find(ObjectKind kind, String id) {
    return id == null ? null : objects.get(kind).get(id);
  }

  /** Like {@link #find} but answers Stripe's 404 {@code resource_missing} naming {@code param}. */
  synchronized JsonObject require(ObjectKind kind, String id, String param) {
    JsonObject object = find(kind, id);
    if (object == null) {
      throw kind.missing(id, param);
    }
    return object;
  }

  /** Any object by id, used to expand references; null when unknown. */
  synchronized JsonObject findAny(String id) {
    ObjectKind kind = ObjectKind.ofId(id);
    return kind == null ? null : find(kind, id);
  }

  /**
   * Stripe lists newest first; creation order stands in for timestamps with one-second precision.
   */
  synchronized List<JsonObject> newestFirst(ObjectKind kind) {
    List<JsonObject> all = new ArrayList<>(objects.get(kind).values());
    Collections.reverse(all);
    return all;
  }

  synchronized Map<String, Integer> counts() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    objects.forEach((kind, byId) -> counts.put(kind.objectName, byId.size()));
    return counts;
  }

  synchronized void rememberCard(String paymentMethodId, TestCard card) {
    cards.put(paymentMethodId, card);
  }

  synchronized TestCard cardOf(String paymentMethodId) {
    return cards.getOrDefault(paymentMethodId, TestCard.VISA);
  }

  synchronized void clear() {
    for (ObjectKind kind : ObjectKind.values()) {
      objects.put(kind, new LinkedHashMap<>());
    }
    cards.clear();
  }
}
