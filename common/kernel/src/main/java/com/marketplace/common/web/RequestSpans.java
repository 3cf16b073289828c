package com.marketplace.common.web;

import com.marketplace.common.tracing.Spans;
import com.marketplace.common.tracing.Tracing;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.net.URI;

/**
 * Payara's span of a JAX-RS request records the URL with its query string ({@code http.url}, {@code
 * http.target}), where a client may have put its access token ({@code ?access_token=}). The
 * kernel's first filter overwrites both without the query, before anything can end the span.
 */
final class RequestSpans {

  private RequestSpans() {}

  /**
   * @return the request's trace id, or null when tracing is off
   */
  static String redact(ContainerRequestContext context) {
    String traceId = Tracing.currentTraceId();
    if (traceId != null) {
      URI uri = context.getUriInfo().getRequestUri();
      Spans.setOnCurrent("http.url", withoutQuery(uri));
      Spans.setOnCurrent("http.target", uri.getRawPath());
    }
    return traceId;
  }

  static String withoutQuery(URI uri) {
    String url = uri.toString();
    int query = url.indexOf('?');
    int fragment = url.indexOf('#');
    int end = query >= 0 ? query : fragment >= 0 ? fragment : url.length();
    return url.substring(0, end);
  }
}
