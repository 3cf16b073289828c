package com.marketplace.common.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counters of what the business does, one method per fact. Every tag value comes from a small,
 * fixed set (a message key, a Stripe status or event type, a job name), never from a client's free
 * text, so the number of series stays bounded.
 */
@ApplicationScoped
public class BusinessMetrics {

  static final String BOOKINGS_CREATED = "marketplace.bookings.created";
  static final String BOOKINGS_REFUSED = "marketplace.bookings.refused";
  static final String ENROLLMENTS_CREATED = "marketplace.enrollments.created";
  static final String PAYMENTS = "marketplace.payments";
  static final String REFUNDS = "marketplace.refunds";
  static final String WEBHOOK_EVENTS = "marketplace.webhook.events";
  static final String WEBHOOK_LAG = "marketplace.webhook.lag";
  static final String JOB_RUNS = "marketplace.job.runs";
  static final String JOB_DURATION = "marketplace.job.duration";
  static final String RATE_LIMIT_REFUSALS = "marketplace.ratelimit.refusals";

  @Inject MetricRegistry registry;

  public void bookingCreated() {
    registry.counter(BOOKINGS_CREATED).inc();
  }

  /** {@code reason}: the refusal's message key, e.g. {@code errMsg_datesUnavailable}. */
  public void bookingRefused(String reason) {
    registry.counter(BOOKINGS_REFUSED, new Tag("reason", reason)).inc();
  }

  public void enrollmentCreated() {
    registry.counter(ENROLLMENTS_CREATED).inc();
  }

  /** {@code outcome}: Stripe's PaymentIntent status or decline code, or {@code failed}. */
  public void payment(String outcome) {
    registry.counter(PAYMENTS, new Tag("outcome", outcome)).inc();
  }

  /** {@code outcome}: {@code made} or {@code refused} (at Stripe). */
  public void refund(String outcome) {
    registry.counter(REFUNDS, new Tag("outcome", outcome)).inc();
  }

  /** A verified Stripe event, counted once even when Stripe delivers it again. */
  public void webhookEvent(String type) {
    registry.counter(WEBHOOK_EVENTS, new Tag("type", type)).inc();
  }

  /**
   * A verified Stripe event, counted once, and how long after Stripe created it ({@code created},
   * whole seconds as Stripe gives it) it was processed here; a clock behind Stripe's counts as 0.
   */
  public void webhookEvent(String type, Optional<Instant> created) {
    webhookEvent(type);
    created.ifPresent(
        at -> registry.timer(WEBHOOK_LAG, new Tag("type", type)).update(lag(at, Instant.now())));
  }

  static Duration lag(Instant created, Instant processed) {
    Duration lag = Duration.between(created, processed);
    return lag.isNegative() ? Duration.ZERO : lag;
  }

  /** A scheduled job's run that this node claimed for the cluster. */
  public void jobRun(String job) {
    registry.counter(JOB_RUNS, new Tag("job", job)).inc();
  }

  /** How long a run this node claimed took, claim and work (see {@code JobTiming}). */
  public void jobDuration(String job, Duration duration) {
    registry.timer(JOB_DURATION, new Tag("job", job)).update(duration);
  }

  /** {@code budget}: whose budget was spent, {@code user} or {@code tenant}. */
  public void rateLimitRefusal(String budget) {
    registry.counter(RATE_LIMIT_REFUSALS, new Tag("budget", budget)).inc();
  }
}
