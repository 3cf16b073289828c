package com.marketplace.payments.stripe.emulator;

import java.util.List;

/**
 * One parsed request as endpoints see it.
 *
 * @param pathParams the {@code {placeholders}} of the matched route, in order
 * @param origin what webhook events caused by this request report in {@code request}
 */
record ApiRequest(
    String method, String path, List<String> pathParams, Params params, Origin origin) {

  ApiRequest withPathParams(List<String> values) {
    return new ApiRequest(method, path, List.copyOf(values), params, origin);
  }

  /** The first path placeholder, e.g. the id in {@code /v1/customers/{id}}. */
  String id() {
    return pathParams.get(0);
  }
}
