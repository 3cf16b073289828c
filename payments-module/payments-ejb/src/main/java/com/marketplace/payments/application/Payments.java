package com.marketplace.payments.application;

import com.marketplace.common.security.Caller;
import java.util.Optional;
import java.util.UUID;

/**
 * Paying orders, for the modules that sell them: start a charge with the caller's card, refresh or
 * call back (apply what Stripe says now), and the browser's return from Stripe's payment page. No
 * money is ever taken without a record: each charge is a small resumable process (see the
 * implementation in {@code application.internal}).
 */
public interface Payments {

  /**
   * Charges the order with {@code paymentMethodId}, or with the caller's most recently saved card
   * when none is named; a decline is a result (422), not a loss.
   */
  PaymentResult start(
      Caller caller, String orderType, UUID orderId, String paymentMethodId, String returnUrl);

  /** Reads the PaymentIntent from Stripe and applies it; the caller must own the order. */
  PaymentResult refresh(Caller caller, String orderType, UUID orderId);

  /**
   * The callback routes: trusts nothing but which order to look at, re-reads its PaymentIntent from
   * Stripe and applies that.
   */
  PaymentResult callback(UUID tenantId, String orderType, UUID orderId);

  /**
   * The browser back from Stripe's payment page (3-D Secure): applied as a refresh if the
   * PaymentIntent pays a live ticket of {@code orderType} (of {@code callerTenant}'s tenant when
   * the browser sent a token) and the client secret is Stripe's; otherwise refused, alike whatever
   * the reason, and nothing changes.
   */
  PaymentReturn returned(
      String orderType, String paymentIntentId, String clientSecret, Optional<UUID> callerTenant);
}
