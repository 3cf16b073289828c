package com.marketplace.payments.application.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a reconciliation compared and did, for finance: every repair, and anything it could not
 * repair (those need a person).
 *
 * @param tenantId the tenant compared, or null for all
 * @param summary one line: "nothing to repair", or how many repairs and open findings
 */
public record ReconciliationReport(
    UUID tenantId,
    Instant from,
    Instant to,
    int attemptsChecked,
    int paymentIntentsChecked,
    List<Finding> repaired,
    List<Finding> unresolved,
    String summary) {

  /**
   * One finding.
   *
   * @param kind what was found, e.g. {@code attemptInFlight}, {@code orphanCharge}, {@code
   *     secondCharge}, {@code statusBehind}, {@code refundNotRecorded}, {@code abandonedPayment}
   * @param action what was done about it, or why nothing could be
   */
  public record Finding(
      String kind, UUID tenantId, UUID ticketId, String paymentIntentId, String action) {}

  static String summarize(List<Finding> repaired, List<Finding> unresolved) {
    if (repaired.isEmpty() && unresolved.isEmpty()) {
      return "nothing to repair";
    }
    return repaired.size() + " repaired, " + unresolved.size() + " need a person";
  }
}
