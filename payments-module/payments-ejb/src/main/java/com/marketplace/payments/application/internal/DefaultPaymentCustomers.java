package com.marketplace.payments.application.internal;

import com.marketplace.common.api.Page;
import com.marketplace.common.api.PageRequest;
import com.marketplace.common.error.ApiException;
import com.marketplace.common.security.Caller;
import com.marketplace.payments.application.PaymentCustomerView;
import com.marketplace.payments.application.PaymentCustomers;
import com.marketplace.payments.application.PaymentMethodFilter;
import com.marketplace.payments.application.PaymentMethodView;
import com.marketplace.payments.domain.PaymentCustomer;
import com.marketplace.payments.domain.PaymentCustomerRepository;
import com.marketplace.payments.domain.SavedPaymentMethod;
import com.marketplace.payments.domain.SavedPaymentMethodRepository;
import com.marketplace.payments.infrastructure.stripe.StripeGateway;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;

/**
 * Use cases on payment customers and their saved cards, offered to the business modules. A user
 * sees their own; an admin sees everyone's in the tenant; another tenant's do not exist.
 */
@Stateless
@Local(PaymentCustomers.class)
@LocalBean // the payment process uses its steps that the published interface leaves out
public class DefaultPaymentCustomers implements PaymentCustomers {

  public static final String STRIPE = "stripe";

  @Inject PaymentCustomerRepository paymentCustomers;
  @Inject SavedPaymentMethodRepository savedMethods;
  @Inject PaymentCustomerQueries queries;
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
    paymentCustomers.add(customer);
    paymentCustomers.flush();
    return customer.id();
  }

  /**
   * A Stripe customer for a caller who has none yet, with no transaction open while Stripe is
   * called. The idempotency key is the tenant and user, so a retry, or a concurrent first payment,
   * finds the same Stripe customer, never a second one; the one recorded first is answered.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public String create(Caller caller) {
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
      return paymentCustomers.customerIdOf(caller.tenantId(), caller.userId()).orElseThrow(() -> e);
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

  /** Records a card the caller paid with, once per tenant. */
  public void recordMethod(Caller caller, String customer, StripeGateway.CardDetails card) {
    if (!savedMethods.known(caller.tenantId(), card.paymentMethodId())) {
      savedMethods.add(
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
      savedMethods.flush();
    }
  }

  private DefaultPaymentCustomers self() {
    return context.getBusinessObject(DefaultPaymentCustomers.class);
  }

  /** The customer record of {@code userId}: {@code GET /v1/paymentcustomers/:userId}. */
  public PaymentCustomerView get(Caller caller, UUID userId) {
    requireSelfOrAdmin(caller, userId);
    return queries
        .ofUser(caller.tenantId(), userId)
        .orElseThrow(() -> ApiException.notFound("paymentCustomer", userId));
  }

  /** {@code GET /v1/paymentcustomers}: an admin's whole tenant, anyone else's own record. */
  public Page<PaymentCustomerView> list(
      Caller caller, UUID userId, String customerId, String platform, PageRequest page) {
    if (!caller.isAdmin()) {
      requireSelfOrAdmin(caller, userId == null ? caller.userId() : userId);
      userId = caller.userId();
    }
    return queries.list(caller.tenantId(), userId, customerId, platform, page);
  }

  /** {@code GET /v1/paymentcustomermethods/:userId}: the cards {@code userId} has paid with. */
  public Page<PaymentMethodView> methods(
      Caller caller, UUID userId, PaymentMethodFilter filter, PageRequest page) {
    requireSelfOrAdmin(caller, userId);
    PaymentMethodView.CardInfo card =
        filter.cardInfo() == null
            ? new PaymentMethodView.CardInfo(null, null, null, null)
            : filter.cardInfo();
    return queries.methods(caller.tenantId(), userId, filter, card, page);
  }

  private static void requireSelfOrAdmin(Caller caller, UUID userId) {
    if (!caller.isAdmin() && !caller.userId().equals(userId)) {
      throw ApiException.forbidden("Only an admin may see another user's payment details");
    }
  }
}
