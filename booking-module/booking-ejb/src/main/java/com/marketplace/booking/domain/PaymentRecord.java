package com.marketplace.booking.domain;

import com.marketplace.common.persistence.BaseRecord;
import com.marketplace.common.persistence.StoredMoney;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One money movement of a reservation: a payment, a refund, or an admin's manual entry. Written
 * once and never changed: the class has no mutators, and the database refuses UPDATE and DELETE on
 * the table (trigger {@code payment_record_is_immutable}).
 */
@Entity
@Table(name = "payment_record", schema = "booking")
public class PaymentRecord extends BaseRecord {

  @Column(name = "reservation_id", nullable = false, updatable = false)
  private UUID reservationId;

  @Column(name = "guest_id", nullable = false, updatable = false)
  private UUID guestId;

  @Column(name = "host_id", nullable = false, updatable = false)
  private UUID hostId;

  @Column(name = "stripe_charge_id", updatable = false)
  private String stripeChargeId;

  @Column(name = "payment_intent_id", updatable = false)
  private String paymentIntentId;

  /** What was paid, with the record's currency; the amounts below are minor units of it. */
  @Embedded
  @AttributeOverride(
      name = "amountMinor",
      column = @Column(name = "amount_paid_minor", nullable = false, updatable = false))
  @AttributeOverride(
      name = "currency",
      column = @Column(name = "currency", nullable = false, updatable = false))
  private StoredMoney amountPaid;

  @Column(name = "platform_fee_minor", nullable = false, updatable = false)
  private long platformFeeMinor;

  @Column(name = "city_tax_minor", nullable = false, updatable = false)
  private long cityTaxMinor;

  @Column(name = "payout_amount_host_minor", nullable = false, updatable = false)
  private long payoutAmountHostMinor;

  @Column(name = "refund_amount_minor", nullable = false, updatable = false)
  private long refundAmountMinor;

  @Convert(converter = PaymentRecordStatus.Column.class)
  @Column(name = "payment_status", nullable = false, updatable = false)
  private PaymentRecordStatus paymentStatus;

  @Column(name = "payment_date", updatable = false)
  private OffsetDateTime paymentDate;

  @Column(name = "origin", nullable = false, updatable = false)
  private String origin;

  /** For JPA. */
  protected PaymentRecord() {}

  /** The amounts of a record, in minor units of {@code currency}. */
  public record Amounts(
      String currency,
      long amountPaidMinor,
      long platformFeeMinor,
      long cityTaxMinor,
      long payoutAmountHostMinor,
      long refundAmountMinor) {}

  public PaymentRecord(
      UUID tenantId,
      UUID ownerId,
      Reservation reservation,
      PaymentRecordStatus status,
      Amounts amounts,
      String paymentIntentId,
      String stripeChargeId,
      OffsetDateTime paymentDate,
      String origin) {
    super(UUID.randomUUID(), tenantId, ownerId);
    this.reservationId = reservation.id();
    this.guestId = reservation.guestId();
    this.hostId = reservation.hostId();
    this.paymentStatus = status;
    this.amountPaid = StoredMoney.of(amounts.amountPaidMinor(), amounts.currency());
    this.platformFeeMinor = amounts.platformFeeMinor();
    this.cityTaxMinor = amounts.cityTaxMinor();
    this.payoutAmountHostMinor = amounts.payoutAmountHostMinor();
    this.refundAmountMinor = amounts.refundAmountMinor();
    this.paymentIntentId = paymentIntentId;
    this.stripeChargeId = stripeChargeId;
    this.paymentDate = paymentDate;
    this.origin = origin;
  }

  /** The payment of a reservation's total. */
  public static PaymentRecord paid(
      Reservation reservation, String paymentIntentId, OffsetDateTime at) {
    PriceBreakdown price = reservation.price();
    return new PaymentRecord(
        reservation.tenantId(),
        reservation.guestId(),
        reservation,
        PaymentRecordStatus.PAID,
        new Amounts(
            price.currency(),
            price.totalMinor(),
            price.platformFeeMinor(),
            price.cityTaxMinor(),
            price.hostPayoutMinor(),
            0),
        paymentIntentId,
        null,
        at,
        "payment");
  }

  /** A refund of {@code refundMinor}: nothing paid, that much given back. */
  public static PaymentRecord refunded(
      Reservation reservation, long refundMinor, String paymentIntentId, OffsetDateTime at) {
    return new PaymentRecord(
        reservation.tenantId(),
        reservation.guestId(),
        reservation,
        PaymentRecordStatus.REFUNDED,
        new Amounts(reservation.currency(), 0, 0, 0, 0, refundMinor),
        paymentIntentId,
        null,
        at,
        "refund");
  }

  public UUID reservationId() {
    return reservationId;
  }

  public UUID guestId() {
    return guestId;
  }

  public UUID hostId() {
    return hostId;
  }

  public String stripeChargeId() {
    return stripeChargeId;
  }

  public String paymentIntentId() {
    return paymentIntentId;
  }

  public String currency() {
    return amountPaid.currencyCode();
  }

  public long amountPaidMinor() {
    return amountPaid.amountMinor();
  }

  public long platformFeeMinor() {
    return platformFeeMinor;
  }

  public long cityTaxMinor() {
    return cityTaxMinor;
  }

  public long payoutAmountHostMinor() {
    return payoutAmountHostMinor;
  }

  public long refundAmountMinor() {
    return refundAmountMinor;
  }

  public PaymentRecordStatus paymentStatus() {
    return paymentStatus;
  }

  public OffsetDateTime paymentDate() {
    return paymentDate;
  }

  public String origin() {
    return origin;
  }
}
