package com.marketplace.payments.infrastructure.stripe;

import com.marketplace.common.error.ApiException;
import com.marketplace.common.logging.ContextLoggers;
import com.marketplace.common.money.Money;
import com.marketplace.common.tracing.Tracing;
import com.marketplace.payments.application.PaymentDeclined;
import com.marketplace.payments.domain.PaymentStatus;
import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.CardException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.model.PaymentMethod;
import com.stripe.model.Refund;
import com.stripe.model.StripeCollection;
import com.stripe.net.RequestOptions;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.PaymentIntentCancelParams;
import com.stripe.param.PaymentIntentConfirmParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.PaymentIntentListParams;
import com.stripe.param.PaymentMethodAttachParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.RefundListParams;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The payments module's only door to Stripe. Thread-safe: one {@link StripeClient}, no global
 * state. Declines become {@link PaymentDeclined} (422); an unreachable or failing Stripe, after
 * stripe-java's own retries, becomes 503; nothing else of Stripe's leaks out.
 */
public class StripeGateway {

  private static final Logger LOG = ContextLoggers.of(StripeGateway.class);

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
        "stripe customers.create",
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
            "stripe paymentMethods.attach",
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
        call(
            "stripe paymentIntents.create",
            () -> stripe.v1().paymentIntents().create(params.build(), key(idempotencyKey))));
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
            "stripe paymentIntents.confirm",
            () ->
                stripe
                    .v1()
                    .paymentIntents()
                    .confirm(paymentIntentId, params.build(), key(idempotencyKey))));
  }

  /** What Stripe says about the PaymentIntent now. */
  public IntentState retrieve(String paymentIntentId) {
    return stateOf(
        call(
            "stripe paymentIntents.retrieve",
            () -> stripe.v1().paymentIntents().retrieve(paymentIntentId)));
  }

  /** Refunds {@code amount} of a PaymentIntent; returns the refund's id. */
  public String refund(
      String idempotencyKey, String paymentIntentId, Money amount, Map<String, String> metadata) {
    return call(
        "stripe refunds.create",
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

  /** Cancels a PaymentIntent that will not be paid (abandoned, or a second one for an order). */
  public IntentState cancel(String idempotencyKey, String paymentIntentId) {
    return stateOf(
        call(
            "stripe paymentIntents.cancel",
            () ->
                stripe
                    .v1()
                    .paymentIntents()
                    .cancel(
                        paymentIntentId,
                        PaymentIntentCancelParams.builder()
                            .setCancellationReason(
                                PaymentIntentCancelParams.CancellationReason.ABANDONED)
                            .build(),
                        key(idempotencyKey))));
  }

  /**
   * The PaymentIntents of {@code customerId} (all customers when null) created since {@code since},
   * newest first, every page read.
   */
  public List<PaymentIntent> intents(String customerId, Instant since) {
    List<PaymentIntent> all = new ArrayList<>();
    String after = null;
    do {
      PaymentIntentListParams.Builder params =
          PaymentIntentListParams.builder()
              .setLimit(100L)
              .setCreated(
                  PaymentIntentListParams.Created.builder().setGte(since.getEpochSecond()).build());
      if (customerId != null) {
        params.setCustomer(customerId);
      }
      if (after != null) {
        params.setStartingAfter(after);
      }
      StripeCollection<PaymentIntent> page =
          call(
              "stripe paymentIntents.list",
              () -> stripe.v1().paymentIntents().list(params.build()));
      all.addAll(page.getData());
      after =
          Boolean.TRUE.equals(page.getHasMore()) && !page.getData().isEmpty()
              ? page.getData().get(page.getData().size() - 1).getId()
              : null;
    } while (after != null);
    return all;
  }

  /** The PaymentIntent a payment attempt made, found by the attempt id in its metadata. */
  public Optional<String> intentOfAttempt(String customerId, UUID attemptId, Instant since) {
    return intents(customerId, since).stream()
        .filter(pi -> attemptId.toString().equals(metadata(pi).get(ATTEMPT_ID)))
        .map(PaymentIntent::getId)
        .findFirst();
  }

  /** The refunds Stripe holds for a PaymentIntent: whoever made them (we, or the dashboard). */
  public List<RefundState> refunds(String paymentIntentId) {
    List<RefundState> all = new ArrayList<>();
    String after = null;
    do {
      RefundListParams.Builder params =
          RefundListParams.builder().setPaymentIntent(paymentIntentId).setLimit(100L);
      if (after != null) {
        params.setStartingAfter(after);
      }
      StripeCollection<Refund> page =
          call("stripe refunds.list", () -> stripe.v1().refunds().list(params.build()));
      page.getData().stream()
          .map(
              r ->
                  new RefundState(
                      r.getId(),
                      r.getPaymentIntent(),
                      Money.ofMinor(r.getAmount(), r.getCurrency().toUpperCase(Locale.ROOT)),
                      r.getStatus(),
                      r.getMetadata() == null ? Map.of() : r.getMetadata()))
          .forEach(all::add);
      after =
          Boolean.TRUE.equals(page.getHasMore()) && !page.getData().isEmpty()
              ? page.getData().get(page.getData().size() - 1).getId()
              : null;
    } while (after != null);
    return all;
  }

  /** The metadata key naming the payment attempt that created a PaymentIntent. */
  public static final String ATTEMPT_ID = "attemptId";

  /** The metadata key naming the ticket a PaymentIntent pays. */
  public static final String TICKET_ID = "ticketId";

  public static Map<String, String> metadata(PaymentIntent intent) {
    return intent.getMetadata() == null ? Map.of() : intent.getMetadata();
  }

  /**
   * A refund as Stripe holds it.
   *
   * @param metadata what the platform wrote on it ({@code ticketId} and {@code n} for its own)
   */
  public record RefundState(
      String id,
      String paymentIntentId,
      Money amount,
      String status,
      Map<String, String> metadata) {

    /** Whether the money went back (a failed or canceled refund returned nothing). */
    public boolean moved() {
      return "succeeded".equals(status) || "pending".equals(status);
    }
  }

  public static IntentState stateOf(PaymentIntent intent) {
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
        Instant.now(),
        metadata(intent),
        intent.getCreated() == null ? Instant.now() : Instant.ofEpochSecond(intent.getCreated()));
  }

  private static RequestOptions key(String idempotencyKey) {
    return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
  }

  /**
   * A Stripe call in a CLIENT span named for the operation (stripe-java's HTTP client is not traced
   * by Payara), with Stripe's failures turned into the answers our clients get.
   */
  private static <T> T call(String span, StripeCall<T> call) {
    try {
      return Tracing.client(span, call::run);
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
