package com.marketplace.common.tracing;

import com.marketplace.common.logging.LogContext;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;

/**
 * Continues, in a message-driven bean, the trace its message came with: put it on the MDB with
 * {@code @Interceptors(TracedMessages.class)}. The message's {@code traceparent} property (set by
 * the outbox relay, or by any sender that speaks W3C Trace Context) becomes the parent of a
 * CONSUMER span around {@code onMessage}, and its trace id goes on the consumer's log lines. A
 * message without one starts a new trace. When tracing is off, nothing happens.
 */
public class TracedMessages {

  /** The JMS property that carries the sender's span. */
  public static final String PROPERTY = "traceparent";

  @AroundInvoke
  public Object consume(InvocationContext invocation) throws Exception {
    if (!Tracing.enabled()
        || invocation.getParameters().length != 1
        || !(invocation.getParameters()[0] instanceof Message message)) {
      return invocation.proceed();
    }
    Span span =
        Spans.start(
            invocation.getMethod().getDeclaringClass().getSimpleName() + " process",
            SpanKind.CONSUMER,
            traceparentOf(message));
    try (Scope scope = span.makeCurrent()) {
      LogContext.beginTrace(span.getSpanContext().getTraceId());
      return invocation.proceed();
    } catch (Exception | Error e) {
      span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
      throw e;
    } finally {
      LogContext.end();
      span.end();
    }
  }

  static String traceparentOf(Message message) {
    try {
      return message.getObjectProperty(PROPERTY) instanceof String value ? value : null;
    } catch (JMSException e) {
      return null;
    }
  }
}
