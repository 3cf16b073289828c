package com.marketplace.booking.domain;

import com.marketplace.common.error.DomainException;
import com.marketplace.common.persistence.BaseRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A complaint about a reservation, raised by its guest or host and settled by an admin:
 *
 * <pre>
 *   pending --> reviewing --> resolved | rejected
 *   pending --> resolved | rejected
 * </pre>
 *
 * {@code resolvedAt} is set here when it is settled, never by a client. At most one unsettled
 * dispute per reservation (a partial unique index).
 */
@Entity
@Table(name = "dispute", schema = "booking")
public class Dispute extends BaseRecord {

  @Column(name = "reservation_id", nullable = false, updatable = false)
  private UUID reservationId;

  @Column(name = "raised_by", nullable = false, updatable = false)
  private UUID raisedBy;

  @Column(name = "admin_id")
  private UUID adminId;

  @Column(name = "issue_type", nullable = false)
  private String issueType;

  @Column(name = "description", nullable = false)
  private String description;

  @Column(name = "related_payment_id")
  private UUID relatedPaymentId;

  @Convert(converter = ResolutionStatus.Column.class)
  @Column(name = "resolution_status", nullable = false)
  private ResolutionStatus resolutionStatus = ResolutionStatus.PENDING;

  @Column(name = "reported_at", nullable = false, updatable = false)
  private OffsetDateTime reportedAt;

  @Column(name = "resolved_at")
  private OffsetDateTime resolvedAt;

  @Column(name = "refund_approved", nullable = false)
  private boolean refundApproved;

  @Column(name = "refund_amount_minor")
  private Long refundAmountMinor;

  /** For JPA. */
  protected Dispute() {}

  public Dispute(
      UUID tenantId,
      UUID reservationId,
      UUID raisedBy,
      String issueType,
      String description,
      OffsetDateTime reportedAt) {
    super(UUID.randomUUID(), tenantId, raisedBy);
    this.reservationId = reservationId;
    this.raisedBy = raisedBy;
    this.issueType = issueType;
    this.description = description;
    this.reportedAt = reportedAt == null ? OffsetDateTime.now(ZoneOffset.UTC) : reportedAt;
  }

  public void assign(UUID admin) {
    requireOpen();
    adminId = admin;
  }

  public void describe(String issueType, String description) {
    requireOpen();
    if (issueType != null) {
      this.issueType = issueType;
    }
    if (description != null) {
      this.description = description;
    }
  }

  public void startReview() {
    move(ResolutionStatus.REVIEWING);
  }

  /** Settled in the complainant's favour; with a refund, the payment record that paid it. */
  public void resolve(Long refundMinor, UUID refundRecordId) {
    move(ResolutionStatus.RESOLVED);
    resolvedAt = OffsetDateTime.now(ZoneOffset.UTC);
    if (refundMinor != null) {
      refundApproved = true;
      refundAmountMinor = refundMinor;
      relatedPaymentId = refundRecordId;
    }
  }

  public void reject() {
    move(ResolutionStatus.REJECTED);
    resolvedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public boolean isOpen() {
    return resolutionStatus() == ResolutionStatus.PENDING
        || resolutionStatus() == ResolutionStatus.REVIEWING;
  }

  private void move(ResolutionStatus next) {
    ResolutionStatus current = resolutionStatus();
    boolean allowed =
        switch (current) {
          case PENDING -> next != ResolutionStatus.PENDING;
          case REVIEWING -> next == ResolutionStatus.RESOLVED || next == ResolutionStatus.REJECTED;
          case RESOLVED, REJECTED -> false;
        };
    if (!allowed) {
      throw DomainException.conflict(
          "errMsg_illegalDisputeTransition",
          "A "
              + ResolutionStatus.Column.word(current)
              + " dispute cannot become "
              + ResolutionStatus.Column.word(next));
    }
    resolutionStatus = next;
  }

  private void requireOpen() {
    if (!isOpen()) {
      throw DomainException.conflict(
          "errMsg_disputeIsSettled",
          "The dispute is "
              + ResolutionStatus.Column.word(resolutionStatus)
              + " and cannot change");
    }
  }

  public UUID reservationId() {
    return reservationId;
  }

  public UUID raisedBy() {
    return raisedBy;
  }

  public UUID adminId() {
    return adminId;
  }

  public String issueType() {
    return issueType;
  }

  public String description() {
    return description;
  }

  public UUID relatedPaymentId() {
    return relatedPaymentId;
  }

  public ResolutionStatus resolutionStatus() {
    return resolutionStatus;
  }

  public OffsetDateTime reportedAt() {
    return reportedAt;
  }

  public OffsetDateTime resolvedAt() {
    return resolvedAt;
  }

  public boolean refundApproved() {
    return refundApproved;
  }

  public Long refundAmountMinor() {
    return refundAmountMinor;
  }
}
