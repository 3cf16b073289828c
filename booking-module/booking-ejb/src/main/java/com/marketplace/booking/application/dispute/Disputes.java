package com.marketplace.booking.application.dispute;

import com.marketplace.booking.application.BookingJournal;
import com.marketplace.booking.application.ClientWords;
import com.marketplace.booking.application.ReservationAccess;
import com.marketplace.booking.domain.Dispute;
import com.marketplace.booking.domain.DisputeAlreadyOpen;
import com.marketplace.booking.domain.DisputeRepository;
import com.marketplace.booking.domain.DisputeStatus;
import com.marketplace.booking.domain.PaymentRecordRepository;
import com.marketplace.booking.domain.Reservation;
import com.marketplace.booking.domain.ReservationRepository;
import com.marketplace.booking.domain.ResolutionStatus;
import com.marketplace.common.api.Page;
import com.marketplace.common.api.PageRequest;
import com.marketplace.common.api.ServerValues;
import com.marketplace.common.error.ApiException;
import com.marketplace.common.security.Caller;
import com.marketplace.payments.application.Refunds;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Disputes: opened by a reservation's guest or host, one unsettled at a time; reviewed and settled
 * by an admin. Settling in the complainant's favour may refund part or all of the payment through
 * payments, which writes the refund's payment record. The reservation's {@code disputeStatus}
 * follows: requested (pending), active (reviewing), resolved (resolved or rejected).
 */
@Stateless
public class Disputes {

  static final String OBJECT_TYPE = "dispute";

  @Inject ReservationRepository reservations;
  @Inject DisputeRepository disputes;
  @Inject PaymentRecordRepository records;
  @Inject DisputeQueries queries;

  @EJB Refunds refunds;
  @Inject BookingJournal journal;
  @Inject ClientWords words;

  public DisputeView open(Caller caller, NewDispute request) {
    Reservation reservation =
        ReservationAccess.visible(reservations, caller, request.reservationId());
    if (!reservation.isParticipant(caller.userId())) {
      throw ApiException.forbidden("Only the reservation's guest or host may open a dispute");
    }
    if (request.raisedBy() != null && !request.raisedBy().equals(caller.userId())) {
      throw ApiException.unprocessable("errMsg_raisedByIsTheCaller", "raisedBy is the caller");
    }
    // a new dispute is pending, unassigned and undecided, reported now: the server's values
    ServerValues.mustMatch("reportedAt", request.reportedAt(), null);
    ServerValues.mustMatch("resolutionStatus", request.resolutionStatus(), "pending");
    ServerValues.mustMatch("adminId", request.adminId(), null);
    ServerValues.mustMatch("resolvedAt", request.resolvedAt(), null);
    ServerValues.mustMatch("relatedPaymentId", request.relatedPaymentId(), null);
    ServerValues.mustMatch(
        "refundApproved", Boolean.TRUE.equals(request.refundApproved()) ? true : null, null);
    Dispute dispute =
        new Dispute(
            caller.tenantId(),
            reservation.id(),
            caller.userId(),
            request.issueType(),
            request.description(),
            null);
    try {
      disputes.open(dispute);
    } catch (DisputeAlreadyOpen e) {
      throw ApiException.conflict(
          "errMsg_disputeAlreadyOpen", "This reservation already has an unsettled dispute");
    }
    decisions().follow(reservation, DisputeStatus.REQUESTED);
    journal.record(
        "dispute.opened", dispute.tenantId(), OBJECT_TYPE, dispute.id(), null, state(dispute));
    return DisputeView.of(dispute);
  }

  public DisputeView update(Caller caller, UUID id, DisputeChanges changes) {
    Dispute dispute = find(caller, id);
    boolean admin = caller.isAdmin() || caller.userId().equals(dispute.adminId());
    boolean raiser = caller.userId().equals(dispute.raisedBy());
    if (!admin && !(raiser && onlyDescribes(changes))) {
      throw ApiException.forbidden("Only an admin or the assigned admin may decide a dispute");
    }
    if (changes.resolvedAt() != null
        && (dispute.resolvedAt() == null || !changes.resolvedAt().isEqual(dispute.resolvedAt()))) {
      throw ApiException.unprocessable(
          "errMsg_resolvedAtIsSetByTheServer", "resolvedAt is set when the dispute is settled");
    }
    Map<String, Object> before = state(dispute);
    if (changes.adminId() != null) {
      requireAdminRole(caller);
      dispute.assign(changes.adminId());
    }
    if (changes.issueType() != null || changes.description() != null) {
      dispute.describe(changes.issueType(), changes.description());
    }
    ResolutionStatus target =
        changes.resolutionStatus() == null
            ? null
            : words.read(ResolutionStatus.class, "resolutionStatus", changes.resolutionStatus());
    boolean refund = Boolean.TRUE.equals(changes.refundApproved());
    if (refund && target != ResolutionStatus.RESOLVED) {
      throw ApiException.unprocessable(
          "errMsg_refundNeedsResolution", "A refund is approved by resolving the dispute");
    }
    if (refund && dispute.resolutionStatus() == ResolutionStatus.RESOLVED) {
      throw ApiException.conflict(
          "errMsg_disputeAlreadySettled",
          "This dispute is resolved already; a refund is approved when resolving it");
    }
    Reservation reservation = reservations.find(dispute.reservationId()).orElse(null);
    if (target != null && target != dispute.resolutionStatus()) {
      decisions().settle(caller, dispute, reservation, target, refund ? changes : null);
    }
    Map<String, Object> after = state(dispute);
    if (!after.equals(before)) {
      journal.record(
          "dispute." + ResolutionStatus.Column.word(dispute.resolutionStatus()),
          dispute.tenantId(),
          OBJECT_TYPE,
          dispute.id(),
          before,
          after);
    }
    return DisputeView.of(dispute);
  }

  public DisputeView get(Caller caller, UUID id) {
    return DisputeView.of(find(caller, id));
  }

  /** An admin sees the tenant's; anyone else those they raised or of their reservations. */
  public Page<DisputeView> list(
      Caller caller, UUID reservationId, UUID raisedBy, ResolutionStatus status, PageRequest page) {
    return queries.list(caller, reservationId, raisedBy, status, page);
  }

  private Dispute find(Caller caller, UUID id) {
    Dispute dispute = disputes.find(id).orElse(null);
    if (dispute == null || !dispute.tenantId().equals(caller.tenantId())) {
      throw ApiException.notFound(OBJECT_TYPE, id);
    }
    if (caller.isAdmin()
        || caller.userId().equals(dispute.raisedBy())
        || caller.userId().equals(dispute.adminId())) {
      return dispute;
    }
    Reservation reservation = reservations.find(dispute.reservationId()).orElse(null);
    if (reservation != null && reservation.isParticipant(caller.userId())) {
      return dispute;
    }
    throw ApiException.forbidden("Only the parties of the reservation or an admin see a dispute");
  }

  private DisputeDecisions decisions() {
    return new DisputeDecisions(records, refunds, journal);
  }

  private static boolean onlyDescribes(DisputeChanges changes) {
    return changes.adminId() == null
        && changes.resolutionStatus() == null
        && changes.refundApproved() == null
        && changes.refundAmount() == null;
  }

  private static void requireAdminRole(Caller caller) {
    if (!caller.isAdmin()) {
      throw ApiException.forbidden("Only an admin assigns disputes");
    }
  }

  private static Map<String, Object> state(Dispute d) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("resolutionStatus", ResolutionStatus.Column.word(d.resolutionStatus()));
    state.put("adminId", d.adminId());
    state.put("refundApproved", d.refundApproved());
    return state;
  }
}
