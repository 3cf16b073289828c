package com.marketplace.payments.application;

import com.marketplace.common.api.Page;
import com.marketplace.common.api.PageRequest;
import com.marketplace.common.error.ApiException;
import com.marketplace.common.persistence.ListQuery;
import com.marketplace.common.security.Caller;
import com.marketplace.payments.domain.PaymentCustomer;
import com.marketplace.payments.domain.SavedPaymentMethod;
import com.marketplace.payments.infrastructure.stripe.StripeGateway;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Use cases on payment customers and their saved cards, offered to the business modules. A user
 * sees their own; an admin sees everyone's in the tenant; another tenant's do not exist.
 */
@Stateless
public class PaymentCustomers {

  public static final String STRIPE = "stripe";

  @PersistenceContext(unitName = "payments")
  EntityManager em;

  @Inject StripeGateway stripe;
  @Resource SessionContext context;

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
   * The caller's Stripe customer, created on first use, with no transaction open while Stripe is
   * called. The idempotency key is the tenant and user, so a retry, or a concurrent first payment,
   * finds the same Stripe customer, never a second one.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public String ensure(Caller caller) {
    return customerOf(caller).orElseGet(() -> create(caller));
  }

  private Optional<String> customerOf(Caller caller) {
    return customerOf(em, caller);
  }

  /** The Stripe customer recorded for the caller, if any. */
  public static Optional<String> customerOf(EntityManager em, Caller caller) {
    return em.createQuery(
            "select c.customerId from PaymentCustomer c where c.tenantId = :tenant"
                + " and c.userId = :user",
            String.class)
        .setParameter("tenant", caller.tenantId())
        .setParameter("user", caller.userId())
        .getResultStream()
        .findFirst();
  }

  private String create(Caller caller) {
    String customerId =
        stripe.createCustomer(
            "customer:" + caller.tenantId() + ":" + caller.userId(),
            caller.email(),
            caller.fullname(),
            Map.of("tenantId", caller.tenantId().toString(), "userId", caller.userId().toString()));
    try {
      self().register(caller.tenantId(), caller.userId(), customerId);
    } catch (EJBException e) {
      // a concurrent first payment of the same user recorded the same customer first
      return customerOf(caller).orElseThrow(() -> e);
    }
    return customerId;
  }

  /**
   * Attaches the card to the customer at Stripe (no transaction open), then keeps what may be shown
   * of it (brand, last 4, expiry; never the number) in a transaction of its own.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void saveMethod(Caller caller, String customer, String paymentMethodId) {
    StripeGateway.CardDetails card =
        stripe.attach(
            "attach:" + caller.tenantId() + ":" + paymentMethodId + ":" + customer,
            paymentMethodId,
            customer);
    try {
      self().recordMethod(caller, customer, card);
    } catch (EJBException e) {
      // the same card saved by a concurrent payment: it is known now
    }
  }

  /** The card the caller saved last, to pay with when a payment names none. */
  public Optional<String> savedMethod(Caller caller) {
    return em.createQuery(
            "select m.paymentMethodId from SavedPaymentMethod m where m.tenantId = :tenant"
                + " and m.userId = :user and m.active = true order by m.createdAt desc",
            String.class)
        .setParameter("tenant", caller.tenantId())
        .setParameter("user", caller.userId())
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** Records a card the caller paid with, once per tenant. */
  public void recordMethod(Caller caller, String customer, StripeGateway.CardDetails card) {
    boolean known =
        !em.createQuery(
                "select m.id from SavedPaymentMethod m where m.tenantId = :tenant"
                    + " and m.paymentMethodId = :method",
                UUID.class)
            .setParameter("tenant", caller.tenantId())
            .setParameter("method", card.paymentMethodId())
            .getResultList()
            .isEmpty();
    if (!known) {
      em.persist(
          new SavedPaymentMethod(
              caller.tenantId(),
              caller.userId(),
              customer,
              card.paymentMethodId(),
              STRIPE,
              card.holderName(),
              card.holderZip(),
              card.brand(),
              card.last4(),
              card.expMonth(),
              card.expYear()));
      em.flush();
    }
  }

  private PaymentCustomers self() {
    return context.getBusinessObject(PaymentCustomers.class);
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
