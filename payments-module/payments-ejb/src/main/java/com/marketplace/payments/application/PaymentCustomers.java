package com.marketplace.payments.application;

import com.marketplace.common.security.Caller;
import com.marketplace.payments.domain.PaymentCustomer;
import com.marketplace.payments.infrastructure.stripe.StripeGateway;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.UUID;

/** Use cases on payment customers, offered to the business modules. */
@Stateless
public class PaymentCustomers {

  static final String STRIPE = "stripe";

  @PersistenceContext(unitName = "payments")
  EntityManager em;

  @Inject StripeGateway stripe;

  /**
   * Records the payment-platform customer of a user. The database refuses a second customer for the
   * same tenant and user; the failure surfaces here, inside the caller's transaction.
   *
   * @return the id of the new record
   */
  public UUID register(UUID tenantId, UUID userId, String customerId) {
    PaymentCustomer customer = new PaymentCustomer(tenantId, userId, customerId, STRIPE);
    em.persist(customer);
    em.flush();
    return customer.id();
  }

  /**
   * The caller's Stripe customer, created on first use. The idempotency key is the tenant and user,
   * so a retry after a failure here finds the same Stripe customer, never a second one.
   */
  public String ensure(Caller caller) {
    return em.createQuery(
            "select c from PaymentCustomer c where c.tenantId = :tenant and c.userId = :user",
            PaymentCustomer.class)
        .setParameter("tenant", caller.tenantId())
        .setParameter("user", caller.userId())
        .getResultStream()
        .findFirst()
        .map(PaymentCustomer::customerId)
        .orElseGet(() -> create(caller));
  }

  private String create(Caller caller) {
    String customerId =
        stripe.createCustomer(
            "customer:" + caller.tenantId() + ":" + caller.userId(),
            caller.email(),
            caller.fullname(),
            Map.of("tenantId", caller.tenantId().toString(), "userId", caller.userId().toString()));
    register(caller.tenantId(), caller.userId(), customerId);
    return customerId;
  }
}
