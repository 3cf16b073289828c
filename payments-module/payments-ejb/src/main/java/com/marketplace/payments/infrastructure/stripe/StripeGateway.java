package com.marketplace.payments.infrastructure.stripe;

import com.marketplace.common.error.ApiException;
import com.marketplace.common.money.Money;
import com.marketplace.payments.application.PaymentDeclined;
import com.marketplace.payments.domain.PaymentStatus;
import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.CardException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.model.PaymentMethod;
import com.stripe.net.RequestOptions;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.PaymentIntentConfirmParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.PaymentMethodAttachParams;
import com.stripe.param.RefundCreateParams;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The payments module's only door to Stripe. Thread-safe: one {@link StripeClient}, no global
 * state. Declines become {@link PaymentDeclined} (422); an unreachable or failing Stripe, after
 * stripe-java's own retries, becomes 503; nothing else of Stripe's leaks out.
 */
public class StripeGateway {

  private static final Logger LOG = Logger.getLogger(StripeGateway.class.getName());

  private final StripeClient stripe;

  public StripeGateway(StripeSettings settings) {
    StripeClient.StripeClientBuilder builder =
        StripeClient.builder()
            .setApiKey(settings.apiKey())
            .setConnectTimeout((int) settings.connectTimeout().toMillis())
            .setReadTimeout((int) settings.readTimeout().toMillis())
            .setMaxNetworkRetries(settings.maxNetworkRetries());
    settings.apiBase().ifPresent(builder::setApiBase);
    this.stripe = builder.build();
  }

  /** Creates the Stripe customer of a user; the key makes a repeat return the same customer. */
  public String createCustomer(
      String idempotencyKey, String email, String name, Map<String, String> metadata) {
    return call(
        () ->
            stripe
                .v1()
                .customers()
                .create(
                    CustomerCreateParams.builder()
                        .setEmail(email)
                        .setName(name)
                        .putAllMetadata(metadata)
                        .build(),
                    key(idempotencyKey))
                .getId());
  }

  /** Attaches a payment method (a Stripe.js one, or a test token) to a customer. */
  public CardDetails attach(String idempotencyKey, String paymentMethodId, String customerId) {
    PaymentMethod method =
        call(
            () ->
                stripe
                    .v1()
                    .paymentMethods()
                    .attach(
                        paymentMethodId,
                        PaymentMethodAttachParams.builder().setCustomer(customerId).build(),
                        key(idempotencyKey)));
    PaymentMethod.Card card = method.getCard();
    PaymentMethod.BillingDetails billing = method.getBillingDetails();
    return new CardDetails(
        method.getId(),
        billing == null ? null : billing.getName(),
        billing == null || billing.getAddress() == null
            ? null
            : billing.getAddress().getPostalCode(),
        card == null ? null : card.getBrand(),
        card == null ? null : card.getLast4(),
        card == null ? null : card.getExpMonth(),
        card == null ? null : card.getExpYear());
  }

  /** Creates and confirms the PaymentIntent of an order; one key per order, so never twice. */
  public IntentState pay(
      String idempotencyKey,
      Money amount,
      String customerId,
      String paymentMethodId,
      String returnUrl,
      Map<String, String> metadata) {
    PaymentIntentCreateParams.Builder params =
        PaymentIntentCreateParams.builder()
            .setAmount(amount.amountMinor())
            .setCurrency(amount.stripeCurrency())
            .setCustomer(customerId)
            .setPaymentMethod(paymentMethodId)
            .addPaymentMethodType("card")
            .setConfirm(true)
            .putAllMetadata(metadata);
    if (returnUrl != null) {
      params.setReturnUrl(returnUrl);
    }
    return stateOf(
        call(() -> stripe.v1().paymentIntents().create(params.build(), key(idempotencyKey))));
  }

  /** Confirms an existing PaymentIntent with another payment method, after a decline. */
  public IntentState confirm(
      String idempotencyKey, String paymentIntentId, String paymentMethodId, String returnUrl) {
    PaymentIntentConfirmParams.Builder params =
        PaymentIntentConfirmParams.builder().setPaymentMethod(paymentMethodId);
    if (returnUrl != null) {
      params.setReturnUrl(returnUrl);
    }
    return stateOf(
        call(
            () ->
                stripe
                    .v1()
                    .paymentIntents()
                    .confirm(paymentIntentId, params.build(), key(idempotencyKey))));
  }

  /** What Stripe says about the PaymentIntent now. */
  public IntentState retrieve(String paymentIntentId) {
    return stateOf(call(() -> stripe.v1().paymentIntents().retrieve(paymentIntentId)));
  }

  /** Refunds {@code amount} of a PaymentIntent; returns the refund's id. */
  public String refund(
      String idempotencyKey, String paymentIntentId, Money amount, Map<String, String> metadata) {
    return call(
        () ->
            stripe
                .v1()
                .refunds()
                .create(
                    RefundCreateParams.builder()
                        .setPaymentIntent(paymentIntentId)
                        .setAmount(amount.amountMinor())
                        .putAllMetadata(metadata)
                        .build(),
                    key(idempotencyKey))
                .getId());
  }

  static IntentState stateOf(PaymentIntent intent) {
    PaymentIntent.NextAction next = intent.getNextAction();
    String url =
        next != null && next.getRedirectToUrl() != null ? next.getRedirectToUrl().getUrl() : null;
    String declineCode =
        intent.getLastPaymentError() == null ? null : intent.getLastPaymentError().getDeclineCode();
    return new IntentState(
        intent.getId(),
        PaymentStatus.fromStripe(intent.getStatus()),
        Money.ofMinor(intent.getAmount(), intent.getCurrency().toUpperCase(Locale.ROOT)),
        intent.getClientSecret(),
        next == null ? null : next.getType(),
        url,
        declineCode,
        Instant.now());
  }

  private static RequestOptions key(String idempotencyKey) {
    return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
  }

  /** A Stripe call, with Stripe's failures turned into the answers our clients get. */
  private static <T> T call(StripeCall<T> call) {
    try {
      return call.run();
    } catch (CardException e) {
      String intent =
          e.getStripeError() != null && e.getStripeError().getPaymentIntent() != null
              ? e.getStripeError().getPaymentIntent().getId()
              : null;
      throw new PaymentDeclined(
          e.getDeclineCode() != null ? e.getDeclineCode() : e.getCode(),
          e.getUserMessage(),
          intent);
    } catch (InvalidRequestException e) {
      throw ApiException.unprocessable(
          "errMsg_paymentRequestRejected",
          e.getStripeError() != null
              ? e.getStripeError().getMessage()
              : "The payment platform refused the request");
    } catch (ApiConnectionException e) {
      LOG.log(Level.WARNING, "Stripe unreachable", e);
      throw unavailable();
    } catch (StripeException e) {
      LOG.log(Level.WARNING, "Stripe failed, request " + e.getRequestId(), e);
      throw unavailable();
    }
  }

  private static ApiException unavailable() {
    return new ApiException(
        503, "errMsg_paymentGatewayUnavailable", "The payment platform did not answer; try again");
  }

  @FunctionalInterface
  private interface StripeCall<T> {
    T run() throws StripeException;
  }

  /** What may be shown of a card: never its number. */
  public record CardDetails(
      String paymentMethodId,
      String holderName,
      String holderZip,
      String brand,
      String last4,
      Long expMonth,
      Long expYear) {}
}
