package com.marketplace.it.probe;

import com.marketplace.common.audit.Auditor;
import com.marketplace.enrollment.application.reference.ReferenceData;
import com.marketplace.payments.application.PaymentCustomers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Writes into the enrollment schema, records the transition in the audit trail, then writes into
 * the payments schema: all in one JTA transaction.
 */
@ApplicationScoped
public class TwoModuleWork {

  @Inject ReferenceData enrollment;
  @Inject PaymentCustomers payments;
  @Inject Auditor auditor;

  @Transactional
  public void registerUserEverywhere(UUID tenantId, UUID userId, String customerId) {
    enrollment.registerUserProfile(tenantId, userId, "Probe User", "probe@example.test");
    auditor.transition(tenantId, "probeUser", userId, "registered", null, true);
    payments.register(tenantId, userId, customerId);
  }
}
