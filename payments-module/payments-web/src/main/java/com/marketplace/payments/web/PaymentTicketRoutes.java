package com.marketplace.payments.web;

import com.marketplace.common.api.RequestContext;
import com.marketplace.common.web.Responses;
import com.marketplace.payments.application.PaymentTicketRecords;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.core.Response;
import java.util.UUID;

/**
 * What each ticket route does, answering {@link PaymentTicketJson}; the module's resource class
 * only names its paths (which the spec spells differently per module, e.g. {@code
 * reservationpayment2}) and its {@link TicketKind}.
 */
@RequestScoped
public class PaymentTicketRoutes {

  @Inject RequestContext request;
  @Inject Responses responses;
  @EJB PaymentTicketRecords tickets;

  /**
   * The spec's create body. The status fields are required by the spec, but Stripe decides them:
   * the server checks them against the PaymentIntent.
   */
  public record NewTicket(
      @NotNull UUID orderId,
      @NotBlank String paymentId,
      @NotBlank String paymentStatus,
      @NotBlank String statusLiteral,
      String redirectUrl) {}

  /** The spec's update body; every field optional. */
  public record TicketChanges(
      String paymentId, String paymentStatus, String statusLiteral, String redirectUrl) {}

  public Response get(TicketKind kind, UUID ticketId) {
    return responses.ok(
        kind.dataName(),
        "get",
        PaymentTicketJson.of(tickets.get(request.requireCaller(), kind.orderType(), ticketId)));
  }

  public Response byOrderId(TicketKind kind, UUID orderId) {
    return responses.ok(
        kind.dataName(),
        "get",
        PaymentTicketJson.of(
            tickets.byOrderId(request.requireCaller(), kind.orderType(), orderId)));
  }

  public Response byPaymentId(TicketKind kind, String paymentId) {
    return responses.ok(
        kind.dataName(),
        "get",
        PaymentTicketJson.of(
            tickets.byPaymentId(request.requireCaller(), kind.orderType(), paymentId)));
  }

  public Response list(TicketKind kind, TicketQuery query) {
    return responses.list(
        kind.listDataName(),
        tickets
            .list(
                request.requireCaller(),
                kind.orderType(),
                query.filter(),
                request.parameters().page())
            .map(PaymentTicketJson::of),
        query.echoed());
  }

  public Response create(TicketKind kind, NewTicket body) {
    return responses.created(
        kind.dataName(),
        PaymentTicketJson.of(
            tickets.create(
                request.requireCaller(),
                kind.orderType(),
                body.orderId(),
                body.paymentId(),
                body.paymentStatus(),
                body.statusLiteral(),
                body.redirectUrl())));
  }

  public Response update(TicketKind kind, UUID ticketId, TicketChanges body) {
    return responses.ok(
        kind.dataName(),
        "update",
        PaymentTicketJson.of(
            tickets.update(
                request.requireCaller(),
                kind.orderType(),
                ticketId,
                TicketQuery.blankToNull(body.paymentId()),
                TicketQuery.blankToNull(body.paymentStatus()),
                TicketQuery.blankToNull(body.statusLiteral()),
                TicketQuery.blankToNull(body.redirectUrl()))));
  }

  public Response delete(TicketKind kind, UUID ticketId) {
    return responses.ok(
        kind.dataName(),
        "delete",
        PaymentTicketJson.of(tickets.delete(request.requireCaller(), kind.orderType(), ticketId)));
  }
}
