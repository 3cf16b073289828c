package com.marketplace.payments.application;

import com.marketplace.common.api.Page;
import com.marketplace.common.api.PageRequest;
import com.marketplace.common.error.ApiException;
import com.marketplace.common.persistence.ListQuery;
import com.marketplace.common.security.Caller;
import com.marketplace.payments.domain.PaymentCustomer;
import com.marketplace.payments.domain.SavedPaymentMethod;
import com.marketplace.payments.infrastructure.stripe.StripeGateway;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.UUID;

/**
 * Use cases on payment customers and their saved cards, offered to the business modules. A user
 * sees their own; an admin sees everyone's in the tenant; another tenant's do not exist.
 */
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

  /** The customer record of {@code userId}: {@code GET /v1/paymentcustomers/:userId}. */
  public PaymentCustomerView get(Caller caller, UUID userId) {
    requireSelfOrAdmin(caller, userId);
    return ListQuery.of(PaymentCustomer.class, caller.tenantId())
        .equal("userId", userId)
        .page(em, new PageRequest(1, 1))
        .rows()
        .stream()
        .findFirst()
        .map(PaymentCustomerView::of)
        .orElseThrow(() -> ApiException.notFound("paymentCustomer", userId));
  }

  /** {@code GET /v1/paymentcustomers}: an admin's whole tenant, anyone else's own record. */
  public Page<PaymentCustomerView> list(
      Caller caller, UUID userId, String customerId, String platform, PageRequest page) {
    if (!caller.isAdmin()) {
      requireSelfOrAdmin(caller, userId == null ? caller.userId() : userId);
      userId = caller.userId();
    }
    return ListQuery.of(PaymentCustomer.class, caller.tenantId())
        .equal("userId", userId)
        .equal("customerId", customerId)
        .equal("platform", platform)
        .page(em, page)
        .map(PaymentCustomerView::of);
  }

  /** {@code GET /v1/paymentcustomermethods/:userId}: the cards {@code userId} has paid with. */
  public Page<PaymentMethodView> methods(
      Caller caller, UUID userId, PaymentMethodFilter filter, PageRequest page) {
    requireSelfOrAdmin(caller, userId);
    PaymentMethodView.CardInfo card =
        filter.cardInfo() == null
            ? new PaymentMethodView.CardInfo(null, null, null, null)
            : filter.cardInfo();
    return ListQuery.of(SavedPaymentMethod.class, caller.tenantId())
        .equal("userId", userId)
        .equal("paymentMethodId", filter.paymentMethodId())
        .equal("customerId", filter.customerId())
        .equal("cardHolderName", filter.cardHolderName())
        .equal("cardHolderZip", filter.cardHolderZip())
        .equal("platform", filter.platform())
        .equal("brand", card.brand())
        .equal("last4", card.last4())
        .equal("expMonth", card.expMonth())
        .equal("expYear", card.expYear())
        .page(em, page)
        .map(PaymentMethodView::of);
  }

  private static void requireSelfOrAdmin(Caller caller, UUID userId) {
    if (!caller.isAdmin() && !caller.userId().equals(userId)) {
      throw ApiException.forbidden("Only an admin may see another user's payment details");
    }
  }
}
