package com.marketplace.payments.application;

import com.marketplace.common.api.Page;
import com.marketplace.common.api.PageRequest;
import com.marketplace.common.security.Caller;
import java.util.UUID;

/**
 * Payment customers and their saved cards, as the spec's routes show them. A user sees their own;
 * an admin sees everyone's in the tenant; another tenant's do not exist.
 */
public interface PaymentCustomers {

  /**
   * Records the payment-platform customer of a user. The database refuses a second customer for the
   * same tenant and user; the failure surfaces here, inside the caller's transaction.
   *
   * @return the id of the new record
   */
  UUID register(UUID tenantId, UUID userId, String customerId);

  /** The customer record of {@code userId}: {@code GET /v1/paymentcustomers/:userId}. */
  PaymentCustomerView get(Caller caller, UUID userId);

  /** {@code GET /v1/paymentcustomers}: an admin's whole tenant, anyone else's own record. */
  Page<PaymentCustomerView> list(
      Caller caller, UUID userId, String customerId, String platform, PageRequest page);

  /** {@code GET /v1/paymentcustomermethods/:userId}: the cards {@code userId} has paid with. */
  Page<PaymentMethodView> methods(
      Caller caller, UUID userId, PaymentMethodFilter filter, PageRequest page);
}
