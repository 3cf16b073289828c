package com.marketplace.payments.web;

import com.marketplace.common.api.Envelope;
import com.marketplace.common.api.RequestContext;
import com.marketplace.common.error.ApiException;
import com.marketplace.common.web.QueryValues;
import com.marketplace.common.web.Responses;
import com.marketplace.payments.application.PaymentCustomers;
import com.marketplace.payments.application.PaymentMethodFilter;
import com.marketplace.payments.application.PaymentMethodView;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The spec's payment-customer routes, served by every business module's API: a user sees their own
 * customer record and cards, an admin everyone's in the tenant.
 */
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
public class PaymentCustomerResource {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject RequestContext request;
  @Inject Responses responses;
  @EJB PaymentCustomers customers;

  @GET
  @Path("paymentcustomers/{userId}")
  public Response get(@PathParam("userId") UUID userId) {
    return responses.ok(
        "sys_paymentCustomer", "get", customers.get(request.requireCaller(), userId));
  }

  @GET
  @Path("paymentcustomers")
  public Response list(
      @QueryParam("userId") String userId,
      @QueryParam("customerId") String customerId,
      @QueryParam("platform") String platform) {
    UUID user = QueryValues.uuid("userId", userId);
    List<Envelope.Filter> filters = new ArrayList<>();
    Filters.add(filters, "userId", user);
    Filters.add(filters, "customerId", TicketQuery.blankToNull(customerId));
    Filters.add(filters, "platform", TicketQuery.blankToNull(platform));
    return responses.list(
        "sys_paymentCustomers",
        customers.list(
            request.requireCaller(),
            user,
            TicketQuery.blankToNull(customerId),
            TicketQuery.blankToNull(platform),
            request.parameters().page()),
        filters);
  }

  @GET
  @Path("paymentcustomermethods/{userId}")
  public Response methods(
      @PathParam("userId") UUID userId,
      @QueryParam("paymentMethodId") String paymentMethodId,
      @QueryParam("customerId") String customerId,
      @QueryParam("cardHolderName") String cardHolderName,
      @QueryParam("cardHolderZip") String cardHolderZip,
      @QueryParam("platform") String platform,
      @QueryParam("cardInfo") String cardInfo) {
    PaymentMethodFilter filter =
        new PaymentMethodFilter(
            TicketQuery.blankToNull(paymentMethodId),
            TicketQuery.blankToNull(customerId),
            TicketQuery.blankToNull(cardHolderName),
            TicketQuery.blankToNull(cardHolderZip),
            TicketQuery.blankToNull(platform),
            cardInfo(cardInfo));
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

  /** {@code cardInfo} is a JSON object, e.g. {@code {"brand":"visa","last4":"4242"}}. */
  private static PaymentMethodView.CardInfo cardInfo(String value) {
    if (TicketQuery.blankToNull(value) == null) {
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
