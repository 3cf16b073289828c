package com.marketplace.payments.domain;

import com.marketplace.common.money.Money;
import com.marketplace.common.persistence.BaseRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * One refund of a ticket. {@code n} numbers a ticket's refunds and keys the Stripe call, so a retry
 * of the same refund (ours, or after a rolled-back transaction) is replayed by Stripe instead of
 * refunding twice; the database allows each number once.
 */
@Entity
@Table(name = "payment_refund", schema = "payments")
public class PaymentRefund extends BaseRecord {

  @Column(name = "ticket_id", nullable = false, updatable = false)
  private UUID ticketId;

  @Column(name = "n", nullable = false, updatable = false)
  private int n;

  @Column(name = "amount_minor", nullable = false, updatable = false)
  private long amountMinor;

  @Column(name = "refund_id", nullable = false, updatable = false)
  private String refundId;

  @Column(name = "reason", updatable = false)
  private String reason;

  /** For JPA. */
  protected PaymentRefund() {}

  public PaymentRefund(
      PaymentTicket ticket, UUID actorId, int n, Money amount, String refundId, String reason) {
    super(UUID.randomUUID(), ticket.tenantId(), actorId);
    this.ticketId = ticket.id();
    this.n = n;
    this.amountMinor = amount.amountMinor();
    this.refundId = refundId;
    this.reason = reason;
  }

  public String refundId() {
    return refundId;
  }
}
