package com.marketplace.enrollment.application.enrollment;

import com.marketplace.common.messaging.EventChannel;
import com.marketplace.common.messaging.Journal;
import com.marketplace.enrollment.domain.Enrollment;
import com.marketplace.enrollment.domain.EnrollmentStatus;
import com.marketplace.enrollment.domain.PaymentConfirmation;
import com.marketplace.enrollment.domain.PaymentStatus;
import com.marketplace.enrollment.domain.RefundRequest;
import com.marketplace.enrollment.domain.RefundRequestStatus;
import com.marketplace.enrollment.domain.RefundStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Every transition of an enrollment or refund request is audited field by field and published on
 * the JMS topic {@value #TOPIC} (through the module's outbox), in the transaction that makes it:
 * both happen if and only if it commits. Event types: {@code
 * enrollment.created|paymentConfirmed|activated|refunded|canceled| refundAssessed|completed},
 * {@code refundRequest.created|updated}. The recording itself is the kernel's {@link Journal}, on
 * enrollment's channel.
 */
@ApplicationScoped
public class EnrollmentJournal {

  public static final String TOPIC = "enrollmentEvents";

  /** The module's outbox ({@code enrollment.outbox_event}) and topic. */
  public static final EventChannel EVENTS = new EventChannel("enrollment", TOPIC);

  @Inject Journal journal;
  @Inject EnrollmentTransaction transaction;

  /** The fields of an enrollment that transitions change, as events show them. */
  public static Map<String, Object> stateOf(Enrollment e) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("paymentStatus", PaymentStatus.Column.word(e.paymentStatus()));
    state.put("refundStatus", RefundStatus.Column.word(e.refundStatus()));
    state.put("enrollmentStatus", EnrollmentStatus.Column.word(e.enrollmentStatus()));
    state.put("paymentConfirmation", PaymentConfirmation.Column.word(e.paymentConfirmation()));
    state.put("enrolledAt", e.enrolledAt() == null ? null : e.enrolledAt().toString());
    return state;
  }

  public static Map<String, Object> stateOf(RefundRequest r) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("enrollmentId", r.enrollmentId().toString());
    state.put("status", RefundRequestStatus.Column.word(r.status()));
    state.put("adminNote", r.adminNote());
    state.put("processedAt", r.processedAt() == null ? null : r.processedAt().toString());
    return state;
  }

  /** Records the enrollment's change from {@code before} (null: it was just created). */
  public void enrollment(String type, Enrollment e, Map<String, Object> before) {
    record("enrollment." + type, "enrollment", e.tenantId(), e.id(), before, stateOf(e));
  }

  public void refundRequest(String type, RefundRequest r, Map<String, Object> before) {
    record("refundRequest." + type, "refundRequest", r.tenantId(), r.id(), before, stateOf(r));
  }

  private void record(
      String type,
      String objectType,
      UUID tenantId,
      UUID id,
      Map<String, Object> before,
      Map<String, Object> after) {
    if (before != null && Objects.equals(before, after)) {
      return; // nothing changed: no audit entry, no event
    }
    journal.record(EVENTS, transaction, type, tenantId, objectType, id, before, after);
  }
}
