package com.marketplace.it.probe;

import com.marketplace.enrollment.application.ReferenceData;
import com.marketplace.payments.application.PaymentCustomers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** Writes into the enrollment schema, then the payments schema, in one JTA transaction. */
@ApplicationScoped
public class TwoModuleWork {

  @Inject ReferenceData enrollment;
  @Inject PaymentCustomers payments;

  @Transactional
  public void registerUserEverywhere(UUID tenantId, UUID userId, String customerId) {
    enrollment.registerUserProfile(tenantId, userId, "Probe User", "probe@example.test");
    payments.register(tenantId, userId, customerId);
  }
}
