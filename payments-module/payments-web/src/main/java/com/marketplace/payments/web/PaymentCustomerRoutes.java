package com.marketplace.payments.web;

import static com.marketplace.payments.web.TicketQuery.blankToNull;

import com.marketplace.common.api.Envelope;
import com.marketplace.common.api.RequestContext;
import com.marketplace.common.error.ApiException;
import com.marketplace.common.web.QueryValues;
import com.marketplace.common.web.Responses;
import com.marketplace.payments.application.PaymentCustomers;
import com.marketplace.payments.application.PaymentMethodFilter;
import com.marketplace.payments.application.PaymentMethodView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What the spec's payment-customer routes do, in every business module's API: a user sees their own
 * customer record and cards, an admin everyone's in the tenant. Each module's resource class names
 * the paths (one resource class in two web modules of an EAR confuses the container).
 */
@RequestScoped
public class PaymentCustomerRoutes {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject RequestContext request;
  @Inject Responses responses;
  @EJB PaymentCustomers customers;

  /** {@code GET /v1/paymentcustomers/:userId}. */
  public Response get(UUID userId) {
    return responses.ok(
        "sys_paymentCustomer", "get", customers.get(request.requireCaller(), userId));
  }

  /** {@code GET /v1/paymentcustomers}. */
  public Response list(CustomerQuery query) {
    UUID user = QueryValues.uuid("userId", query.userId);
    String customerId = blankToNull(query.customerId);
    String platform = blankToNull(query.platform);
    List<Envelope.Filter> filters = new ArrayList<>();
    Filters.add(filters, "userId", user);
    Filters.add(filters, "customerId", customerId);
    Filters.add(filters, "platform", platform);
    return responses.list(
        "sys_paymentCustomers",
        customers.list(
            request.requireCaller(), user, customerId, platform, request.parameters().page()),
        filters);
  }

  /** {@code GET /v1/paymentcustomermethods/:userId}. */
  public Response methods(UUID userId, PaymentMethodQuery query) {
    PaymentMethodFilter filter =
        new PaymentMethodFilter(
            blankToNull(query.paymentMethodId),
            blankToNull(query.customerId),
            blankToNull(query.cardHolderName),
            blankToNull(query.cardHolderZip),
            blankToNull(query.platform),
            cardInfo(query.cardInfo));
    List<Envelope.Filter> filters = new ArrayList<>();
    Filters.add(filters, "paymentMethodId", filter.paymentMethodId());
    Filters.add(filters, "customerId", filter.customerId());
    Filters.add(filters, "cardHolderName", filter.cardHolderName());
    Filters.add(filters, "cardHolderZip", filter.cardHolderZip());
    Filters.add(filters, "platform", filter.platform());
    Filters.add(filters, "cardInfo", filter.cardInfo());
    return responses.list(
        "sys_paymentMethods",
        customers.methods(request.requireCaller(), userId, filter, request.parameters().page()),
        filters);
  }

  private static PaymentMethodView.CardInfo cardInfo(String value) {
    if (blankToNull(value) == null) {
      return null;
    }
    try {
      return JSON.fromJson(value, PaymentMethodView.CardInfo.class);
    } catch (JsonbException e) {
      throw ApiException.badRequest(
          "errMsg_cardInfoIsNotValid",
          "Query parameter cardInfo must be a JSON object with brand, last4, expMonth, expYear");
    }
  }
}
