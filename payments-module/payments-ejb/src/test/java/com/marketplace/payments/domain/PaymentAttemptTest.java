package com.marketplace.payments.domain;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import com.marketplace.common.money.Money;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PaymentAttemptTest {

  private final PaymentTicket ticket =
      new PaymentTicket(
          UUID.randomUUID(),
          UUID.randomUUID(),
          "reservation",
          UUID.randomUUID(),
          Money.ofMinor(5_000, "EUR"));
  private final PaymentAttempt attempt = new PaymentAttempt(ticket, "pm_card_visa", "cus_1");

  @Test
  void anAttemptStartsInFlightAndKeysStripeWithItsOwnId() {
    assertThat(attempt.inFlight(), is(true));
    assertThat(attempt.stripeKey(), equalTo("attempt:" + attempt.id()));
  }

  @Test
  void twoAttemptsOfOneTicketNeverShareAStripeKey() {
    PaymentAttempt retry = new PaymentAttempt(ticket, "pm_card_visa", "cus_1");

    assertThat(retry.stripeKey().equals(attempt.stripeKey()), is(false));
    assertThat(retry.stripeKey(), startsWith("attempt:"));
  }

  @Test
  void aRememberedPaymentIntentIsKeptUntilTheAttemptIsApplied() {
    attempt.madePayment("pi_1");
    attempt.madePayment("pi_2");

    assertThat(attempt.paymentId(), equalTo("pi_1"));
    assertThat(attempt.inFlight(), is(true));

    attempt.applied("pi_1", "succeeded");
    assertThat(attempt.state(), is(PaymentAttempt.State.APPLIED));
  }

  @Test
  void anAppliedAttemptCannotBeMarkedFailedAfterwards() {
    attempt.applied("pi_1", "succeeded");

    attempt.failed("never reached Stripe");

    assertThat(attempt.state(), is(PaymentAttempt.State.APPLIED));
  }

  @Test
  void aTicketAcceptsOnlyItsOwnPaymentIntentOnceOneIsAttached() {
    assertThat(ticket.accepts("pi_1"), is(true));
    ticket.attach("pi_1", null);

    assertThat(ticket.accepts("pi_1"), is(true));
    assertThat(ticket.accepts("pi_2"), is(false));
    assertThat(ticket.paidBy("pi_1"), is(true));
  }

  @Test
  void aChargebackIsRecordedOnceForEachChange() {
    Money amount = Money.ofMinor(5_000, "EUR");

    assertThat(ticket.disputed("dp_1", DisputeStatus.NEEDS_RESPONSE, amount), is(true));
    assertThat(ticket.disputed("dp_1", DisputeStatus.NEEDS_RESPONSE, amount), is(false));
    assertThat(ticket.disputed("dp_1", DisputeStatus.LOST, amount), is(true));
    assertThat(ticket.disputeStatus(), is(DisputeStatus.LOST));
  }
}
