package com.marketplace.it.shop;

import com.marketplace.common.api.RequestContext;
import com.marketplace.common.money.Money;
import com.marketplace.payments.application.PaymentDeclined;
import com.marketplace.payments.application.PaymentResult;
import com.marketplace.payments.application.Payments;
import com.marketplace.payments.application.Refunds;
import com.marketplace.payments.web.PaymentResultJson;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ShopResource {

  @EJB ProbeShop shop;
  @EJB Payments payments;
  @EJB Refunds refunds;
  @Inject RequestContext request;

  @POST
  @Path("orders")
  public Map<String, Object> open(Map<String, Object> order) {
    Money amount =
        Money.ofMinor(
            ((Number) order.get("amountMinor")).longValue(), (String) order.get("currency"));
    Number reaction = (Number) order.getOrDefault("reactionMillis", 0);
    return Map.of("id", shop.open(request.requireCaller().userId(), amount, reaction.longValue()));
  }

  /** Test hook: the order module's next reactions to payment changes fail. */
  @POST
  @Path("orders/{id}/failures")
  public Map<String, Object> failNextReactions(@PathParam("id") UUID id, Map<String, Object> body) {
    shop.failNextReactions(id, ((Number) body.get("times")).intValue());
    return Map.of("id", id);
  }

  @GET
  @Path("orders/{id}/changes")
  public List<String> changes(@PathParam("id") UUID id) {
    return shop.changesOf(id);
  }

  @PATCH
  @Path("v1/startprobepayment/{id}")
  @SuppressWarnings("unchecked")
  public Map<String, Object> start(@PathParam("id") UUID id, Map<String, Object> body) {
    Map<String, Object> params =
        (Map<String, Object>) body.getOrDefault("paymentUserParams", Map.of());
    PaymentResult result =
        payments.start(
            request.requireCaller(),
            ProbeShop.ORDER_TYPE,
            id,
            (String) params.get("paymentMethodId"),
            null);
    if (result.declined()) {
      throw new PaymentDeclined(
          (String) result.paymentIntentInfo().get("declineCode"), null, result.paymentId());
    }
    return Map.of("paymentResult", PaymentResultJson.of(result));
  }

  /** The owning module refunds (here for any caller: authorization is the module's business). */
  @POST
  @Path("orders/{id}/refunds")
  public Map<String, Object> refund(@PathParam("id") UUID id, Map<String, Object> body) {
    Object minor = body.get("amountMinor");
    Money amount = minor == null ? null : Money.ofMinor(((Number) minor).longValue(), "EUR");
    var caller = request.requireCaller();
    return Map.of(
        "refundId",
        refunds.refund(
            caller.tenantId(), caller.userId(), ProbeShop.ORDER_TYPE, id, amount, "test"));
  }

  @PATCH
  @Path("v1/refreshprobepayment/{id}")
  public Map<String, Object> refresh(@PathParam("id") UUID id) {
    return Map.of(
        "paymentResult",
        PaymentResultJson.of(payments.refresh(request.requireCaller(), ProbeShop.ORDER_TYPE, id)));
  }
}
