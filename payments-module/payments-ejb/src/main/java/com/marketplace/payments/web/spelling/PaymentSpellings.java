package com.marketplace.payments.web.spelling;

import static java.util.Map.entry;

import com.marketplace.common.api.Spelling;
import com.marketplace.common.api.Spellings;
import com.marketplace.payments.application.ClientWords;
import com.marketplace.payments.application.PaymentChange;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * How the payment routes spell payments' published statuses on the wire: a ticket's and a payment
 * result's {@code statusLiteral}, and a ticket's {@code disputeStatus} (shown as Stripe spells it).
 * The spec gives neither an {@code _idx}. The routes ({@code payments.web}) spell their answers
 * with these, and payments' use cases read a client's words through them as {@link ClientWords}.
 *
 * <p>It sits in the payments EJB module, not in the {@code payments-web} jar of the WARs, because
 * the EJB module's use cases need it and cannot see the WARs' classes; by package it is the payment
 * routes' API layer.
 */
@ApplicationScoped
public class PaymentSpellings implements ClientWords {

  /** A ticket's and a payment result's {@code statusLiteral}. */
  public static final Spelling<PaymentChange.Status> STATUS_LITERAL =
      Spelling.of(
          PaymentChange.Status.class,
          entry(PaymentChange.Status.PENDING, "pending"),
          entry(PaymentChange.Status.REQUIRES_ACTION, "requiresAction"),
          entry(PaymentChange.Status.PROCESSING, "processing"),
          entry(PaymentChange.Status.PAID, "paid"),
          entry(PaymentChange.Status.PARTIALLY_REFUNDED, "partiallyRefunded"),
          entry(PaymentChange.Status.REFUNDED, "refunded"),
          entry(PaymentChange.Status.CANCELED, "canceled"));

  /** A ticket's {@code disputeStatus}: Stripe's word, which the published enum carries. */
  @SuppressWarnings("unchecked")
  public static final Spelling<PaymentChange.DisputeStatus> DISPUTE_STATUS =
      Spelling.of(
          PaymentChange.DisputeStatus.class,
          Arrays.stream(PaymentChange.DisputeStatus.values())
              .map(status -> entry(status, status.stripeName()))
              .toArray(Map.Entry[]::new));

  private static final Spellings ALL = Spellings.of("payments", STATUS_LITERAL, DISPUTE_STATUS);

  @Override
  public <E extends Enum<E>> Optional<E> find(Class<E> type, String word) {
    return ALL.spelling(type).find(word);
  }

  @Override
  public <E extends Enum<E>> String word(E option) {
    return ALL.literal(option);
  }
}
