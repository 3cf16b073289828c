package com.marketplace.payments.api;

import com.marketplace.common.security.PublicRoute;
import com.marketplace.payments.application.internal.StripeWebhooks;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The platform's one Stripe webhook endpoint ({@code /payments/v1/stripe/webhook}). Public, as
 * Stripe calls it; what authenticates a delivery is its signature.
 */
@Path("v1/stripe/webhook")
@PublicRoute
@ApplicationScoped
public class StripeWebhookResource {

  @EJB StripeWebhooks webhooks;

  /** The raw body, as signed: it must not be parsed before the signature is checked. */
  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "receiveStripeWebhook")
  public Map<String, Object> receive(
      String payload, @HeaderParam("Stripe-Signature") String signature) {
    webhooks.receive(payload, signature);
    return Map.of("received", true);
  }
}
