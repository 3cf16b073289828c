package com.marketplace.payments.infrastructure.stripe;

import com.marketplace.common.money.Money;
import com.marketplace.payments.domain.PaymentStatus;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What Stripe says about a PaymentIntent now: its status, and for {@code requires_action} what the
 * customer's browser must do (the client secret for Stripe.js, or a URL to visit).
 *
 * @param metadata what the platform wrote on it (tenant, order, ticket, attempt)
 * @param created when Stripe created it
 */
public record IntentState(
    String id,
    PaymentStatus status,
    Money amount,
    String clientSecret,
    String nextActionType,
    String nextActionUrl,
    String declineCode,
    Instant observedAt,
    Map<String, String> metadata,
    Instant created) {

  /** The ticket this PaymentIntent was made for, from its metadata. */
  public Optional<UUID> ticketId() {
    return uuid(StripeGateway.TICKET_ID);
  }

  /** The payment attempt that made it, from its metadata. */
  public Optional<UUID> attemptId() {
    return uuid(StripeGateway.ATTEMPT_ID);
  }

  /** Whether it holds the customer's money. */
  public boolean tookMoney() {
    return status == PaymentStatus.SUCCEEDED;
  }

  private Optional<UUID> uuid(String key) {
    try {
      return Optional.ofNullable(metadata.get(key)).map(UUID::fromString);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
