package com.marketplace.payments.application;

import com.marketplace.payments.domain.PaymentCustomer;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/** Use cases on payment customers, offered to the business modules. */
@Stateless
public class PaymentCustomers {

  static final String STRIPE = "stripe";

  @PersistenceContext(unitName = "payments")
  EntityManager em;

  /**
   * Records the payment-platform customer of a user. The database refuses a second customer for the
   * same tenant and user; the failure surfaces here, inside the caller's transaction.
   */
  public UUID register(UUID tenantId, UUID userId, String customerId) {
    PaymentCustomer customer = new PaymentCustomer(tenantId, userId, customerId, STRIPE);
    em.persist(customer);
    em.flush();
    return customer.id();
  }
}
