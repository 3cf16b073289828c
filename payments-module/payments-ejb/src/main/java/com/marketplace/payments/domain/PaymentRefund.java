package com.marketplace.payments.domain;

import com.marketplace.common.money.Money;
import com.marketplace.common.persistence.BaseRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Currency;
import java.util.UUID;

/**
 * One refund of a ticket. It commits as {@link State#REQUESTED} with the change that owes it (a
 * cancellation, a dispute decision), and Stripe is called after that commit. {@code n} numbers a
 * ticket's refunds and keys the Stripe call, so whoever makes the call (the request, or the
 * reconciliation after a failure) and however often, Stripe refunds once; the database allows each
 * number once.
 */
@Entity
@Table(name = "payment_refund", schema = "payments")
public class PaymentRefund extends BaseRecord {

  /** Where a refund stands. */
  public enum State {
    /** Owed and committed; Stripe not (yet) known to have made it. */
    REQUESTED,
    /** Stripe made it. */
    SUCCEEDED,
    /** Stripe refused it: the money is still owed, a person must look. */
    FAILED
  }

  @Column(name = "ticket_id", nullable = false, updatable = false)
  private UUID ticketId;

  @Column(name = "n", nullable = false, updatable = false)
  private int n;

  @Column(name = "amount_minor", nullable = false, updatable = false)
  private long amountMinor;

  @Column(name = "refund_id")
  private String refundId;

  @Column(name = "reason", updatable = false)
  private String reason;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false)
  private State state;

  @Column(name = "failure")
  private String failure;

  /** For JPA. */
  protected PaymentRefund() {}

  private PaymentRefund(
      PaymentTicket ticket, UUID actorId, int n, Money amount, String reason, State state) {
    super(UUID.randomUUID(), ticket.tenantId(), actorId);
    this.ticketId = ticket.id();
    this.n = n;
    this.amountMinor = amount.amountMinor();
    this.reason = reason;
    this.state = state;
  }

  /** A refund the platform owes and will ask Stripe for once this is committed. */
  public static PaymentRefund requested(
      PaymentTicket ticket, UUID actorId, int n, Money amount, String reason) {
    return new PaymentRefund(ticket, actorId, n, amount, reason, State.REQUESTED);
  }

  /** A refund Stripe made that the platform had no record of (the dashboard, say). */
  public static PaymentRefund madeAtStripe(
      PaymentTicket ticket, int n, Money amount, String refundId, String reason) {
    PaymentRefund refund = new PaymentRefund(ticket, null, n, amount, reason, State.SUCCEEDED);
    refund.refundId = refundId;
    return refund;
  }

  /** The idempotency key of this refund's Stripe call. */
  public String stripeKey() {
    return "refund:" + tenantId() + ":" + ticketId + ":" + n;
  }

  /** Stripe made it, as {@code refundId}. */
  public void made(String refundId) {
    this.refundId = refundId;
    this.state = State.SUCCEEDED;
    this.failure = null;
  }

  /** Stripe refused it: still owed. */
  public void refused(String failure) {
    if (state == State.REQUESTED) {
      this.state = State.FAILED;
      this.failure = failure;
    }
  }

  public boolean requested() {
    return state == State.REQUESTED;
  }

  public UUID ticketId() {
    return ticketId;
  }

  public int n() {
    return n;
  }

  public Money amount(Currency currency) {
    return new Money(amountMinor, currency);
  }

  public String refundId() {
    return refundId;
  }

  public String failure() {
    return failure;
  }

  public State state() {
    return state;
  }
}
