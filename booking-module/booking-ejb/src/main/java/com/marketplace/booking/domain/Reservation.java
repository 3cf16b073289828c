package com.marketplace.booking.domain;

import com.marketplace.common.error.DomainException;
import com.marketplace.common.money.Money;
import com.marketplace.common.persistence.BaseRecord;
import com.marketplace.common.persistence.StoredMoney;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A guest's stay at a listing, and the state machine it follows:
 *
 * <pre>
 *   instant: pending --paid--> confirmed --after check-out--> complete
 *   manual:  pending --host confirms--> confirmed --paid, after check-out--> complete
 *            pending --host declines--> declined
 *   pending | confirmed --guest, host or admin cancels--> cancelled
 * </pre>
 *
 * A manual reservation is payable once the host confirmed it; an instant one while pending. Any
 * other move is refused with 409. Prices are fixed at booking, as are the snapshots of the
 * listing's booking and cancellation policies.
 */
@Entity
@Table(name = "reservation", schema = "booking")
public class Reservation extends BaseRecord {

  @Column(name = "listing_id", nullable = false, updatable = false)
  private UUID listingId;

  @Column(name = "host_id", nullable = false, updatable = false)
  private UUID hostId;

  @Column(name = "guest_id", nullable = false, updatable = false)
  private UUID guestId;

  @Convert(converter = ApprovalType.Column.class)
  @Column(name = "approval_type", nullable = false, updatable = false)
  private ApprovalType approvalType;

  @Convert(converter = BookingStatus.Column.class)
  @Column(name = "booking_status", nullable = false)
  private BookingStatus bookingStatus = BookingStatus.PENDING;

  @Convert(converter = DisputeStatus.Column.class)
  @Column(name = "dispute_status", nullable = false)
  private DisputeStatus disputeStatus = DisputeStatus.NONE;

  @Convert(converter = PaymentConfirmation.Column.class)
  @Column(name = "payment_confirmation", nullable = false)
  private PaymentConfirmation paymentConfirmation = PaymentConfirmation.PENDING;

  @Column(name = "check_in", nullable = false, updatable = false)
  private LocalDate checkIn;

  @Column(name = "check_out", nullable = false, updatable = false)
  private LocalDate checkOut;

  @Column(name = "time_zone", nullable = false, updatable = false)
  private String timeZone;

  @Column(name = "guest_count", nullable = false)
  private int guestCount;

  @Column(name = "nights", nullable = false, updatable = false)
  private int nights;

  @Column(name = "nights_minor", nullable = false, updatable = false)
  private long nightsMinor;

  @Column(name = "cleaning_fee_minor", nullable = false, updatable = false)
  private long cleaningFeeMinor;

  @Column(name = "platform_fee_minor", nullable = false, updatable = false)
  private long platformFeeMinor;

  @Column(name = "city_tax_minor", nullable = false, updatable = false)
  private long cityTaxMinor;

  /** The total with the reservation's currency; the parts above are minor units of it. */
  @Embedded
  @AttributeOverride(
      name = "amountMinor",
      column = @Column(name = "total_price_minor", nullable = false, updatable = false))
  @AttributeOverride(
      name = "currency",
      column = @Column(name = "currency", nullable = false, updatable = false))
  private StoredMoney total;

  @Column(name = "refunded_minor", nullable = false)
  private long refundedMinor;

  @Column(name = "booking_policies_snapshot", nullable = false, updatable = false)
  private String bookingPoliciesSnapshot;

  @Column(name = "cancellation_policy_snapshot", nullable = false, updatable = false)
  private String cancellationPolicySnapshot;

  @Column(name = "ical_export_url")
  private String icalExportUrl;

  @Column(name = "ical_import_source")
  private String icalImportSource;

  @Column(name = "cancelled_at")
  private OffsetDateTime cancelledAt;

  @Column(name = "cancelled_by")
  private UUID cancelledBy;

  /** For JPA. */
  protected Reservation() {}

  public Reservation(
      UUID tenantId,
      UUID guestId,
      Listing listing,
      StayPeriod stay,
      int guestCount,
      PriceBreakdown price,
      String bookingPoliciesSnapshot,
      String cancellationPolicySnapshot) {
    super(UUID.randomUUID(), tenantId, guestId);
    this.guestId = guestId;
    this.listingId = listing.id();
    this.hostId = listing.hostId();
    this.approvalType = listing.approvalType();
    this.timeZone = listing.timeZone();
    this.checkIn = stay.checkIn();
    this.checkOut = stay.checkOut();
    this.guestCount = guestCount;
    this.nights = price.nights();
    this.nightsMinor = price.nightsMinor();
    this.cleaningFeeMinor = price.cleaningFeeMinor();
    this.platformFeeMinor = price.platformFeeMinor();
    this.cityTaxMinor = price.cityTaxMinor();
    this.total = StoredMoney.of(price.totalMinor(), price.currency());
    this.bookingPoliciesSnapshot = bookingPoliciesSnapshot;
    this.cancellationPolicySnapshot = cancellationPolicySnapshot;
  }

  /** The host accepts a manual reservation; the guest may then pay. */
  public void confirmByHost() {
    if (approvalType() == ApprovalType.INSTANT) {
      throw illegal("An instant reservation is confirmed by its payment, not by the host");
    }
    move(BookingStatus.CONFIRMED);
  }

  /** The host turns a pending reservation down; its nights are free again. */
  public void decline() {
    move(BookingStatus.DECLINED);
  }

  /** Guest, host or admin calls the stay off; its nights are free again. */
  public void cancel(UUID by) {
    move(BookingStatus.CANCELLED);
    cancelledBy = by;
    cancelledAt = OffsetDateTime.now(ZoneOffset.UTC);
    deactivate();
  }

  /** The guest left: a confirmed, paid stay is complete once {@code today} is its check-out day. */
  public void complete(LocalDate today) {
    if (!stay().isOverOn(today)) {
      throw illegal("The stay ends on " + checkOut + "; it cannot be complete before");
    }
    if (paymentConfirmation() != PaymentConfirmation.PAID) {
      throw illegal("An unpaid stay cannot be complete");
    }
    move(BookingStatus.COMPLETE);
  }

  /** A manual request the host has neither confirmed nor declined yet. */
  public boolean awaitsHost() {
    return approvalType() == ApprovalType.MANUAL && bookingStatus() == BookingStatus.PENDING;
  }

  /** Whether the guest may pay now. */
  public boolean isPayable() {
    if (paymentConfirmation() == PaymentConfirmation.PAID) {
      return false;
    }
    return switch (approvalType()) {
      case INSTANT -> bookingStatus() == BookingStatus.PENDING;
      case MANUAL -> bookingStatus() == BookingStatus.CONFIRMED;
    };
  }

  /**
   * What payments reports: where the payment stands ({@code PAID} also after refunds) and the total
   * refunded so far. Paying an instant reservation confirms it.
   */
  public void paymentObserved(PaymentConfirmation observed, long refundedSoFar) {
    boolean newlyPaid =
        observed == PaymentConfirmation.PAID && paymentConfirmation() != PaymentConfirmation.PAID;
    paymentConfirmation = observed;
    refundedMinor = Math.max(refundedMinor, refundedSoFar);
    if (newlyPaid
        && approvalType() == ApprovalType.INSTANT
        && bookingStatus() == BookingStatus.PENDING) {
      move(BookingStatus.CONFIRMED);
    }
  }

  /** Set by the dispute process (or an admin). */
  public void changeDisputeStatus(DisputeStatus status) {
    disputeStatus = status;
  }

  public void changeImportSource(String url) {
    icalImportSource = url;
  }

  public void changeExportUrl(String url) {
    icalExportUrl = url;
  }

  /** Whether the nights of this reservation are taken. */
  public boolean holdsNights() {
    return switch (bookingStatus()) {
      case PENDING, CONFIRMED, COMPLETE -> true;
      case CANCELLED, DECLINED -> false;
    };
  }

  private void move(BookingStatus next) {
    BookingStatus current = bookingStatus();
    if (!current.canBecome(next)) {
      throw illegal(
          "A "
              + BookingStatus.Column.word(current)
              + " reservation cannot become "
              + BookingStatus.Column.word(next));
    }
    bookingStatus = next;
  }

  private static DomainException illegal(String detail) {
    return DomainException.conflict("errMsg_illegalReservationTransition", detail);
  }

  public StayPeriod stay() {
    return new StayPeriod(checkIn, checkOut);
  }

  public UUID listingId() {
    return listingId;
  }

  public UUID hostId() {
    return hostId;
  }

  public UUID guestId() {
    return guestId;
  }

  public ApprovalType approvalType() {
    return approvalType;
  }

  public BookingStatus bookingStatus() {
    return bookingStatus;
  }

  public DisputeStatus disputeStatus() {
    return disputeStatus;
  }

  public PaymentConfirmation paymentConfirmation() {
    return paymentConfirmation;
  }

  public String timeZone() {
    return timeZone;
  }

  public int guestCount() {
    return guestCount;
  }

  public String currency() {
    return total.currencyCode();
  }

  public PriceBreakdown price() {
    return new PriceBreakdown(
        nights, nightsMinor, cleaningFeeMinor, platformFeeMinor, cityTaxMinor, currency());
  }

  public Money total() {
    return total.money();
  }

  public long refundedMinor() {
    return refundedMinor;
  }

  /** What was paid and is not refunded yet. */
  public long refundableMinor() {
    return paymentConfirmation() == PaymentConfirmation.PAID
        ? total.amountMinor() - refundedMinor
        : 0;
  }

  public String bookingPoliciesSnapshot() {
    return bookingPoliciesSnapshot;
  }

  public String cancellationPolicySnapshot() {
    return cancellationPolicySnapshot;
  }

  public String icalExportUrl() {
    return icalExportUrl;
  }

  public String icalImportSource() {
    return icalImportSource;
  }

  public OffsetDateTime cancelledAt() {
    return cancelledAt;
  }

  public boolean isParticipant(UUID userId) {
    return guestId.equals(userId) || hostId.equals(userId);
  }
}
