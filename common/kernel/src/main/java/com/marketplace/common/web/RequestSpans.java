package com.marketplace.common.web;

import com.marketplace.common.tracing.Spans;
import com.marketplace.common.tracing.Tracing;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.net.URI;
import java.util.function.Supplier;

/**
 * The SERVER span of a JAX-RS request. Payara's MicroProfile Telemetry opens one when its Jersey
 * listener is registered; in the EAR on Payara 6.2025.9 it opened none (TelemetryIT, see
 * docs/observability.md), so the kernel's first filter opens one itself when no span is current,
 * continuing the client's {@code traceparent}, and its response filter ends it.
 *
 * <p>Payara's span records the URL with its query string ({@code http.url}, {@code http.target}),
 * where a client may have put its access token ({@code ?access_token=}): both are overwritten
 * without the query. The kernel's own span records the URL without it from the start.
 */
final class RequestSpans {

  private static final String SPAN = RequestSpans.class.getName() + ".span";
  private static final String SCOPE = RequestSpans.class.getName() + ".scope";

  private RequestSpans() {}

  /**
   * Opens the kernel's span unless Payara's is current, and redacts the URL either way.
   *
   * @return the request's trace id, or null when tracing is off
   */
  static String begin(ContainerRequestContext context, Supplier<String> route) {
    if (!Tracing.enabled()) {
      return null;
    }
    URI uri = context.getUriInfo().getRequestUri();
    if (Tracing.currentTraceId() == null) {
      String name = route.get();
      Span span = Spans.start(name, SpanKind.SERVER, context.getHeaderString("traceparent"));
      context.setProperty(SPAN, span);
      context.setProperty(SCOPE, span.makeCurrent());
      span.setAttribute("http.method", context.getMethod());
      span.setAttribute("http.route", name);
    }
    Spans.setOnCurrent("http.url", withoutQuery(uri));
    Spans.setOnCurrent("http.target", uri.getRawPath());
    return Tracing.currentTraceId();
  }

  /** Ends the kernel's span, if it opened one, with the response's status. */
  static void end(ContainerRequestContext context, int status) {
    if (!(context.getProperty(SPAN) instanceof Span span)) {
      return;
    }
    try (Scope scope = (Scope) context.getProperty(SCOPE)) {
      span.setAttribute("http.status_code", status);
      if (status >= 500) {
        span.setStatus(StatusCode.ERROR);
      }
    } finally {
      span.end();
    }
  }

  static String withoutQuery(URI uri) {
    String url = uri.toString();
    int query = url.indexOf('?');
    int fragment = url.indexOf('#');
    int end = query >= 0 ? query : fragment >= 0 ? fragment : url.length();
    return url.substring(0, end);
  }
}
