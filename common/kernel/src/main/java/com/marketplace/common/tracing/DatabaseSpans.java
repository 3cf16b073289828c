package com.marketplace.common.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The CLIENT span of one SQL statement, with OpenTelemetry's database attributes: {@code
 * db.system=postgresql}, {@code db.operation}, {@code db.sql.table} and {@code db.statement}, the
 * statement's text without any literal ({@link SqlStatement}), never a bound value.
 *
 * <p>A statement gets a span only below a span that is recorded (a request's, a job run's, a
 * consumer's): statements of no traced work (the outbox relay's batch, deploy-time reads) would
 * each start a trace of one span, and those of an unsampled trace would be dropped anyway.
 */
final class DatabaseSpans {

  /**
   * The statements already read, by their text: EclipseLink sends the same few hundred texts again
   * and again. Bounded: texts beyond the first thousand (IN lists of every length, say) are read
   * each time.
   */
  private static final Map<String, SqlStatement> READ = new ConcurrentHashMap<>();

  private static final int READ_LIMIT = 1_000;

  /** The spans this thread opened through {@link #open}, innermost first. */
  private static final ThreadLocal<Open> OPEN = new ThreadLocal<>();

  private record Open(Span span, Open outer) {}

  private DatabaseSpans() {}

  static <T, E extends Exception> T around(String sql, Tracing.Work<T, E> work) throws E {
    Span span = guardedStart(sql);
    try {
      return work.run();
    } catch (Exception | Error e) {
      span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
      throw e;
    } finally {
      span.end();
    }
  }

  /** Opens the span of a statement whose end {@link #close} will see (EclipseLink's events). */
  static void open(String sql) {
    Span span = guardedStart(sql); // every open has its close: a span never opened is ended too
    OPEN.set(new Open(span, OPEN.get()));
  }

  /** Ends the span of this thread's latest {@link #open}. */
  static void close() {
    Open open = OPEN.get();
    if (open == null) {
      return;
    }
    if (open.outer() == null) {
      OPEN.remove();
    } else {
      OPEN.set(open.outer());
    }
    open.span().end();
  }

  /** The statement's span, or none when making it failed: tracing never fails the statement. */
  private static Span guardedStart(String sql) {
    try {
      return start(sql);
    } catch (RuntimeException e) {
      return Span.getInvalid();
    }
  }

  private static Span start(String sql) {
    if (!Span.current().isRecording()) {
      return Span.getInvalid();
    }
    SqlStatement statement = read(sql);
    var span =
        Spans.tracer()
            .spanBuilder(statement.spanName())
            .setSpanKind(SpanKind.CLIENT)
            .setAttribute("db.system", "postgresql")
            .setAttribute("db.statement", statement.text());
    if (statement.operation() != null) {
      span.setAttribute("db.operation", statement.operation());
    }
    if (statement.table() != null) {
      span.setAttribute("db.sql.table", statement.table());
    }
    return span.startSpan();
  }

  private static SqlStatement read(String sql) {
    SqlStatement statement = READ.get(sql);
    if (statement == null) {
      statement = SqlStatement.of(sql);
      if (READ.size() < READ_LIMIT) {
        READ.put(sql, statement);
      }
    }
    return statement;
  }
}
