package com.marketplace.payments.infrastructure.persistence;

import com.marketplace.common.api.Page;
import com.marketplace.common.api.PageRequest;
import com.marketplace.common.persistence.ListQuery;
import com.marketplace.payments.application.PaymentCustomerView;
import com.marketplace.payments.application.PaymentMethodFilter;
import com.marketplace.payments.application.PaymentMethodView;
import com.marketplace.payments.application.internal.PaymentCustomerQueries;
import com.marketplace.payments.application.internal.PaymentCustomerViews;
import com.marketplace.payments.domain.PaymentCustomer;
import com.marketplace.payments.domain.SavedPaymentMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaPaymentCustomerQueries implements PaymentCustomerQueries {

  @PersistenceContext(unitName = "payments")
  EntityManager em;

  @Override
  public Optional<PaymentCustomerView> ofUser(UUID tenantId, UUID userId) {
    return ListQuery.of(PaymentCustomer.class, tenantId)
        .equal("userId", userId)
        .page(em, new PageRequest(1, 1))
        .rows()
        .stream()
        .findFirst()
        .map(PaymentCustomerViews::customer);
  }

  @Override
  public Page<PaymentCustomerView> list(
      UUID tenantId, UUID userId, String customerId, String platform, PageRequest page) {
    return ListQuery.of(PaymentCustomer.class, tenantId)
        .equal("userId", userId)
        .equal("customerId", customerId)
        .equal("platform", platform)
        .page(em, page)
        .map(PaymentCustomerViews::customer);
  }

  @Override
  public Page<PaymentMethodView> methods(
      UUID tenantId,
      UUID userId,
      PaymentMethodFilter filter,
      PaymentMethodView.CardInfo card,
      PageRequest page) {
    return ListQuery.of(SavedPaymentMethod.class, tenantId)
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
        .map(PaymentCustomerViews::method);
  }
}
