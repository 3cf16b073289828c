package com.marketplace.payments.web.spelling;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.marketplace.payments.application.PaymentChange;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The payment routes' words: the spec's statusLiterals and Stripe's dispute statuses. */
class PaymentSpellingsTest {

  private final PaymentSpellings words = new PaymentSpellings();

  @Test
  void everyStatusIsSpelledAsTheSpecsStatusLiteral() {
    assertThat(
        Arrays.stream(PaymentChange.Status.values())
            .map(PaymentSpellings.STATUS_LITERAL::literal)
            .toList(),
        contains(
            "pending",
            "requiresAction",
            "processing",
            "paid",
            "partiallyRefunded",
            "refunded",
            "canceled"));
  }

  @Test
  void aDisputeStatusIsShownAsStripeSpellsIt() {
    assertThat(
        Arrays.stream(PaymentChange.DisputeStatus.values())
            .map(PaymentSpellings.DISPUTE_STATUS::literal)
            .toList(),
        contains(
            "warning_needs_response",
            "warning_under_review",
            "warning_closed",
            "needs_response",
            "under_review",
            "won",
            "lost",
            "prevented"));
  }

  @Test
  void aClientsStatusLiteralNamesItsStatusAndAnUnknownOneNamesNone() {
    assertThat(
        words.find(PaymentChange.Status.class, "partiallyRefunded"),
        is(Optional.of(PaymentChange.Status.PARTIALLY_REFUNDED)));
    assertThat(words.find(PaymentChange.Status.class, "Paid"), is(Optional.empty()));
    assertThat(words.find(PaymentChange.Status.class, null), is(Optional.empty()));
  }

  @Test
  void aRefusalEchoesTheServersStatusInTheSpecsWord() {
    assertThat(words.word(PaymentChange.Status.REQUIRES_ACTION), is("requiresAction"));
    assertThat(words.word((PaymentChange.Status) null), is(nullValue()));
  }
}
