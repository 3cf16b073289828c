package com.marketplace.payments.domain;

import com.marketplace.common.persistence.BaseRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One try at charging a ticket, committed before Stripe is called. Its id keys the Stripe request
 * and travels in the PaymentIntent's metadata: if anything fails after Stripe took the money (a
 * conflict, a crash, the order's reaction), the committed attempt says which charge to look for and
 * which ticket it belongs to, so the platform can finish the job later instead of forgetting it.
 */
@Entity
@Table(name = "payment_attempt", schema = "payments")
public class PaymentAttempt extends BaseRecord {

  /** Where an attempt stands. */
  public enum State {
    /** Committed; Stripe may or may not have charged; nothing applied yet. */
    STARTED,
    /** Stripe's answer is applied to the ticket and its order. */
    APPLIED,
    /** No money moved: Stripe refused the request, or never received it. */
    FAILED
  }

  @Column(name = "ticket_id", nullable = false, updatable = false)
  private UUID ticketId;

  @Column(name = "payment_method_id", nullable = false, updatable = false)
  private String paymentMethodId;

  /** The Stripe customer the charge is made for: where to look for it at Stripe. */
  @Column(name = "customer_id", updatable = false)
  private String customerId;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false)
  private State state;

  @Column(name = "payment_id")
  private String paymentId;

  @Column(name = "outcome")
  private String outcome;

  /** For JPA. */
  protected PaymentAttempt() {}

  public PaymentAttempt(PaymentTicket ticket, String paymentMethodId, String customerId) {
    super(UUID.randomUUID(), ticket.tenantId(), ticket.ownerId());
    this.ticketId = ticket.id();
    this.paymentMethodId = paymentMethodId;
    this.customerId = customerId;
    this.state = State.STARTED;
    this.paymentId = ticket.paymentId();
  }

  /** The idempotency key Stripe sees: a retry of this attempt never charges twice. */
  public String stripeKey() {
    return "attempt:" + id();
  }

  /** Stripe's answer is applied; {@code outcome} is its status or decline code. */
  public void applied(String paymentIntentId, String outcome) {
    this.paymentId = paymentIntentId;
    this.outcome = outcome;
    this.state = State.APPLIED;
  }

  /** Stripe took no money for this attempt. */
  public void failed(String outcome) {
    if (state == State.STARTED) {
      this.outcome = outcome;
      this.state = State.FAILED;
    }
  }

  /** Remembers which PaymentIntent this attempt made, before its outcome could be applied. */
  public void madePayment(String paymentIntentId) {
    if (paymentId == null) {
      this.paymentId = paymentIntentId;
    }
  }

  public boolean inFlight() {
    return state == State.STARTED;
  }

  public Instant startedAt() {
    return createdAt().toInstant();
  }

  public String customerId() {
    return customerId;
  }

  public UUID ticketId() {
    return ticketId;
  }

  public String paymentMethodId() {
    return paymentMethodId;
  }

  public String paymentId() {
    return paymentId;
  }

  public State state() {
    return state;
  }
}
