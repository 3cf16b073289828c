package com.marketplace.payments.domain;

import com.marketplace.common.error.DomainException;
import com.marketplace.common.money.Money;
import com.marketplace.common.persistence.BaseRecord;
import com.marketplace.common.persistence.StoredMoney;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * The payment of one order (an enrollment or a reservation): which PaymentIntent pays it, how far
 * it got, and how much was refunded. The amount is the order's, fixed when the ticket opens;
 * nothing a client sends changes it.
 */
@Entity
@Table(name = "payment_ticket", schema = "payments")
public class PaymentTicket extends BaseRecord {

  @Column(name = "order_type", nullable = false, updatable = false)
  private String orderType;

  @Column(name = "order_id", nullable = false, updatable = false)
  private UUID orderId;

  /**
   * The order's amount with its currency, the ticket's one currency column. The refunded and the
   * disputed amounts are minor units of the same currency (see {@link #refunded()}, {@link
   * #disputed()}): a second embedded currency would map the column twice.
   */
  @Embedded
  @AttributeOverride(
      name = "amountMinor",
      column = @Column(name = "amount_minor", nullable = false, updatable = false))
  @AttributeOverride(
      name = "currency",
      column = @Column(name = "currency", nullable = false, updatable = false))
  private StoredMoney amount;

  @Column(name = "payment_id")
  private String paymentId;

  @Enumerated(EnumType.STRING)
  @Column(name = "payment_status")
  private PaymentStatus paymentStatus;

  /** OffsetDateTime: JPA 3.1 (EclipseLink 4.0) does not map Instant. */
  @Column(name = "status_observed_at")
  private OffsetDateTime statusObservedAt;

  @Column(name = "refunded_minor", nullable = false)
  private long refundedMinor;

  /** The application's reading (the spec's statusLiteral), kept in step with the two above. */
  @Convert(converter = TicketStatus.Column.class)
  @Column(name = "status_literal", nullable = false)
  private TicketStatus status = TicketStatus.PENDING;

  @Column(name = "redirect_url")
  private String redirectUrl;

  @Column(name = "dispute_id")
  private String disputeId;

  @Convert(converter = DisputeStatus.Column.class)
  @Column(name = "dispute_status")
  private DisputeStatus disputeStatus;

  @Column(name = "disputed_minor", nullable = false)
  private long disputedMinor;

  /** For JPA. */
  protected PaymentTicket() {}

  public PaymentTicket(UUID tenantId, UUID ownerId, String orderType, UUID orderId, Money amount) {
    super(UUID.randomUUID(), tenantId, ownerId);
    this.orderType = orderType;
    this.orderId = orderId;
    this.amount = StoredMoney.of(amount);
  }

  /** The PaymentIntent created for this ticket. */
  public void attach(String paymentIntentId, String redirectUrl) {
    if (paymentId != null && !paymentId.equals(paymentIntentId)) {
      throw DomainException.conflict(
          "errMsg_paymentAlreadyStarted", "This order is already being paid by " + paymentId);
    }
    this.paymentId = paymentIntentId;
    this.redirectUrl = redirectUrl;
  }

  /**
   * Takes what Stripe reported at {@code observedAt}. A succeeded or canceled payment never changes
   * again, reaching such a status always applies, and otherwise an older observation than the last
   * one applied is ignored: webhooks may come late, twice or out of order.
   *
   * @return whether the status changed
   */
  public boolean observe(PaymentStatus reported, Instant observedAt) {
    if (paymentStatus == reported || (paymentStatus != null && paymentStatus.isFinal())) {
      return false;
    }
    if (!reported.isFinal()
        && statusObservedAt != null
        && observedAt.isBefore(statusObservedAt.toInstant())) {
      return false;
    }
    paymentStatus = reported;
    statusObservedAt = observedAt.atOffset(ZoneOffset.UTC);
    status = reading();
    return true;
  }

  /** Whether {@code paymentIntentId} is the PaymentIntent that pays this ticket. */
  public boolean paidBy(String paymentIntentId) {
    return paymentIntentId != null && paymentIntentId.equals(paymentId);
  }

  /** Whether a PaymentIntent may still be attached (none is, or this one is already). */
  public boolean accepts(String paymentIntentId) {
    return paymentId == null || paymentId.equals(paymentIntentId);
  }

  /**
   * A chargeback (Stripe's dispute) of this payment opened or moved on: the card holder's bank
   * holds or took back {@code amount}.
   *
   * @return whether anything changed
   */
  public boolean disputed(String disputeId, DisputeStatus status, Money amount) {
    if (disputeId.equals(this.disputeId)
        && status == disputeStatus
        && amount.amountMinor() == disputedMinor) {
      return false;
    }
    this.disputeId = disputeId;
    this.disputeStatus = status;
    this.disputedMinor = amount.amountMinor();
    return true;
  }

  /** Where a chargeback of this payment stands, if there is one (else null). */
  public DisputeStatus disputeStatus() {
    return disputeStatus;
  }

  public long disputedMinor() {
    return disputedMinor;
  }

  /** What a chargeback holds or took back (zero if none). */
  public Money disputed() {
    return amount.same(disputedMinor);
  }

  /** Where the frontend shows the payment's result (the spec's redirectUrl). */
  public void redirectTo(String url) {
    this.redirectUrl = url;
  }

  /**
   * Deletes (deactivates) the ticket. Refused while it holds money or a payment is under way: the
   * money must be refunded, or the payment settled, first.
   */
  public void delete() {
    if (paymentStatus != null
        && !paymentStatus.isFinal()
        && paymentStatus != PaymentStatus.REQUIRES_PAYMENT_METHOD) {
      throw DomainException.conflict(
          "errMsg_paymentInProgress", "The payment is " + paymentStatus.stripeName() + " now");
    }
    if (refundable().amountMinor() > 0) {
      throw DomainException.conflict(
          "errMsg_paymentHoldsMoney",
          refundable().toMajor() + " " + amount.currencyCode() + " is paid and not refunded");
    }
    deactivate();
  }

  /** Records a refund of {@code amount}; several partial refunds may follow one another. */
  public void refund(Money amount) {
    if (paymentStatus != PaymentStatus.SUCCEEDED) {
      throw DomainException.conflict(
          "errMsg_paymentNotRefundable", "Only a succeeded payment can be refunded");
    }
    if (amount.amountMinor() == 0 || amount.isGreaterThan(refundable())) {
      throw DomainException.refused(
          "errMsg_refundExceedsPayment",
          "At most "
              + refundable().toMajor()
              + " "
              + this.amount.currencyCode()
              + " can still be refunded");
    }
    refundedMinor += amount.amountMinor();
    status = reading();
  }

  public long refundedMinor() {
    return refundedMinor;
  }

  /** What has been refunded so far, over one or more refunds. */
  public Money refunded() {
    return amount.same(refundedMinor);
  }

  /** What has been paid and not yet refunded. */
  public Money refundable() {
    long paid = paymentStatus == PaymentStatus.SUCCEEDED ? amount.amountMinor() : 0;
    return amount.same(paid - refundedMinor);
  }

  /** The application's own reading of the payment (the spec's statusLiteral). */
  public TicketStatus status() {
    return status;
  }

  private TicketStatus reading() {
    if (paymentStatus == null) {
      return TicketStatus.PENDING;
    }
    if (paymentStatus == PaymentStatus.SUCCEEDED) {
      return refundedMinor == 0
          ? TicketStatus.PAID
          : refundedMinor == amount.amountMinor()
              ? TicketStatus.REFUNDED
              : TicketStatus.PARTIALLY_REFUNDED;
    }
    return switch (paymentStatus) {
      case CANCELED -> TicketStatus.CANCELED;
      case PROCESSING -> TicketStatus.PROCESSING;
      case REQUIRES_ACTION -> TicketStatus.REQUIRES_ACTION;
      default -> TicketStatus.PENDING;
    };
  }

  public Money amount() {
    return amount.money();
  }

  public String orderType() {
    return orderType;
  }

  public UUID orderId() {
    return orderId;
  }

  public String paymentId() {
    return paymentId;
  }

  public PaymentStatus paymentStatus() {
    return paymentStatus;
  }

  public String redirectUrl() {
    return redirectUrl;
  }
}
