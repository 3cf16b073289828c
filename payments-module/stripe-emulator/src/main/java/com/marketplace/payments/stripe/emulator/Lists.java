package com.marketplace.payments.stripe.emulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;

/**
 * Builds Stripe list objects with cursor pagination ({@code limit}, {@code starting_after}, {@code
 * ending_before}).
 */
final class Lists {

  private static final int DEFAULT_LIMIT = 10;
  private static final int MAX_LIMIT = 100;

  private Lists() {}

  /** {@code items} must already be filtered and ordered newest first. */
  static JsonObject page(List<JsonObject> items, Params params, String url) {
    Long requested = params.integer("limit");
    int limit = requested == null ? DEFAULT_LIMIT : requested.intValue();
    if (requested != null && (requested < 1 || requested > MAX_LIMIT)) {
      throw params.invalid("This value must be between 1 and " + MAX_LIMIT + ".", "limit");
    }
    int from = 0;
    int to = items.size();
    String after = params.string("starting_after");
    String before = params.string("ending_before");
    if (after != null) {
      from = indexOf(items, after, params, "starting_after") + 1;
    } else if (before != null) {
      to = indexOf(items, before, params, "ending_before");
      from = Math.max(0, to - limit);
    }
    int end = Math.min(to, from + limit);
    JsonArray data = new JsonArray();
    items.subList(from, end).forEach(item -> data.add(item.deepCopy()));
    boolean hasMore = before != null ? from > 0 : end < to;
    return Json.object("object", "list", "data", data, "has_more", hasMore, "url", url);
  }

  private static int indexOf(List<JsonObject> items, String id, Params params, String param) {
    for (int i = 0; i < items.size(); i++) {
      if (id.equals(Json.string(items.get(i), "id"))) {
        return i;
      }
    }
    throw params.invalid("No such object: '" + id + "'", param);
  }
}
