package com.marketplace.common.tracing;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Without MicroProfile Config (as here), tracing is off: everything passes through. */
class TracingTest {

  private static final String PARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

  @Test
  void tracingIsOffUnlessConfiguredOn() {
    assertThat(Tracing.enabled(), is(false));
    assertThat(Tracing.currentTraceparent(), nullValue());
    assertThat(Tracing.currentTraceId(), nullValue());
  }

  @Test
  void whenOffWorkRunsWithoutASpanAndItsFailurePassesUnchanged() throws Exception {
    assertThat(Tracing.client("stripe paymentIntents.create", () -> "done"), equalTo("done"));
    IllegalStateException failure = new IllegalStateException("declined");
    IllegalStateException thrown =
        assertThrows(
            IllegalStateException.class,
            () ->
                Tracing.client(
                    "stripe refunds.create",
                    () -> {
                      throw failure;
                    }));
    assertThat(thrown, is(failure));
    assertThat(
        Spans.start("bookingEvents publish", SpanKind.PRODUCER, PARENT).getSpanContext().isValid(),
        is(false));
  }

  @Test
  void whenOffAStatementRunsWithoutASpanAndItsFailurePassesUnchanged() throws Exception {
    assertThat(Tracing.statement("select 1", () -> 1), equalTo(1));
    SQLException failure = new SQLException("duplicate key", "23505");
    SQLException thrown =
        assertThrows(
            SQLException.class,
            () ->
                Tracing.statement(
                    "insert into booking.outbox_event (event_id) values (?)",
                    () -> {
                      throw failure;
                    }));
    assertThat(thrown, is(failure));
  }

  @Test
  void withoutARecordedParentAStatementAsksForNoTracer() throws Exception {
    // a tracer comes from CDI, absent here: asking for one would throw
    assertThat(DatabaseSpans.around("select 1", () -> 42), equalTo(42));
    DatabaseSpans.open("select 1");
    DatabaseSpans.open("select 2");
    DatabaseSpans.close();
    DatabaseSpans.close();
    DatabaseSpans.close(); // one close too many does nothing
  }

  @Test
  void aRemoteParentCarriesTheSendersIdsAndSampling() {
    SpanContext parent =
        Span.fromContext(Spans.remoteParent(Traceparent.parse(PARENT).orElseThrow()))
            .getSpanContext();

    assertThat(parent.getTraceId(), equalTo("4bf92f3577b34da6a3ce929d0e0e4736"));
    assertThat(parent.getSpanId(), equalTo("00f067aa0ba902b7"));
    assertThat(parent.isSampled(), is(true));
    assertThat(parent.isRemote(), is(true));
    assertThat(Spans.traceparentOf(Span.wrap(parent)), equalTo(PARENT));
    assertThat(Spans.traceparentOf(Span.getInvalid()), nullValue());
  }
}
