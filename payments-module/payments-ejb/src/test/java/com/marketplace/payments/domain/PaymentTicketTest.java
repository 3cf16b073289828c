package com.marketplace.payments.domain;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.common.error.DomainException;
import com.marketplace.common.error.DomainException.Kind;
import com.marketplace.common.money.Money;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PaymentTicketTest {

  private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
  private final PaymentTicket ticket =
      new PaymentTicket(
          UUID.randomUUID(),
          UUID.randomUUID(),
          "enrollment",
          UUID.randomUUID(),
          Money.ofMinor(10_000, "EUR"));

  @Test
  void aLateProcessingNeverOverwritesSucceeded() {
    ticket.observe(PaymentStatus.SUCCEEDED, T0.plusSeconds(5));

    assertThat(ticket.observe(PaymentStatus.PROCESSING, T0.plusSeconds(1)), is(false));
    assertThat(ticket.observe(PaymentStatus.PROCESSING, T0.plusSeconds(9)), is(false));
    assertThat(ticket.paymentStatus(), is(PaymentStatus.SUCCEEDED));
    assertThat(ticket.status(), is(TicketStatus.PAID));
  }

  @Test
  void anOlderNonFinalObservationIsIgnored() {
    ticket.observe(PaymentStatus.PROCESSING, T0.plusSeconds(5));

    assertThat(ticket.observe(PaymentStatus.REQUIRES_ACTION, T0.plusSeconds(1)), is(false));
    assertThat(ticket.paymentStatus(), is(PaymentStatus.PROCESSING));
  }

  @Test
  void aFinalStatusAppliesEvenIfObservedEarlier() {
    ticket.observe(PaymentStatus.PROCESSING, T0.plusSeconds(5));

    assertThat(ticket.observe(PaymentStatus.SUCCEEDED, T0.plusSeconds(4)), is(true));
  }

  @Test
  void aDeclineLeavesTheOrderPayableAgain() {
    ticket.observe(PaymentStatus.REQUIRES_ACTION, T0);

    assertThat(ticket.observe(PaymentStatus.REQUIRES_PAYMENT_METHOD, T0.plusSeconds(1)), is(true));
    assertThat(ticket.status(), is(TicketStatus.PENDING));
  }

  @Test
  void theSameStatusTwiceIsNoChange() {
    assertThat(ticket.observe(PaymentStatus.SUCCEEDED, T0), is(true));
    assertThat(ticket.observe(PaymentStatus.SUCCEEDED, T0), is(false));
  }

  @Test
  void partialRefundsAddUpToTheAmountPaidAndNoFurther() {
    ticket.observe(PaymentStatus.SUCCEEDED, T0);

    ticket.refund(Money.ofMinor(3_000, "EUR"));
    assertThat(ticket.status(), is(TicketStatus.PARTIALLY_REFUNDED));
    DomainException tooMuch =
        assertThrows(DomainException.class, () -> ticket.refund(Money.ofMinor(7_001, "EUR")));
    ticket.refund(Money.ofMinor(7_000, "EUR"));

    assertThat(tooMuch.kind(), is(Kind.REFUSED));
    assertThat(ticket.refundable().amountMinor(), is(0L));
    assertThat(ticket.status(), is(TicketStatus.REFUNDED));
  }

  @Test
  void anUnpaidTicketCannotBeRefunded() {
    DomainException refused =
        assertThrows(DomainException.class, () -> ticket.refund(Money.ofMinor(1, "EUR")));

    assertThat(refused.kind(), is(Kind.CONFLICT));
  }

  @Test
  void aSecondPaymentIntentForTheSameOrderIsRefused() {
    ticket.attach("pi_1", null);
    ticket.attach("pi_1", null);

    assertThrows(DomainException.class, () -> ticket.attach("pi_2", null));
  }

  @Test
  void aTicketHoldingMoneyOrAPaymentUnderWayCannotBeDeleted() {
    ticket.observe(PaymentStatus.PROCESSING, T0);
    assertThat(
        assertThrows(DomainException.class, ticket::delete).code(),
        equalTo("errMsg_paymentInProgress"));
    ticket.observe(PaymentStatus.SUCCEEDED, T0);
    assertThat(
        assertThrows(DomainException.class, ticket::delete).code(),
        equalTo("errMsg_paymentHoldsMoney"));

    ticket.refund(Money.ofMinor(10_000, "EUR"));
    ticket.delete();
    assertThat(ticket.isActive(), is(false));
  }

  @Test
  void aDeclinedTicketMayBeDeleted() {
    ticket.observe(PaymentStatus.REQUIRES_PAYMENT_METHOD, T0);
    ticket.delete();
    assertThat(ticket.isActive(), is(false));
  }

  @Test
  void theRefundedAndTheDisputedAmountsAreMoneyOfTheTicketsCurrency() {
    ticket.observe(PaymentStatus.SUCCEEDED, T0);
    ticket.refund(Money.ofMinor(3_000, "EUR"));
    ticket.disputed("dp_1", DisputeStatus.NEEDS_RESPONSE, Money.ofMinor(2_000, "EUR"));

    assertThat(ticket.amount(), equalTo(Money.ofMinor(10_000, "EUR")));
    assertThat(ticket.refunded(), equalTo(Money.ofMinor(3_000, "EUR")));
    assertThat(ticket.disputed(), equalTo(Money.ofMinor(2_000, "EUR")));
    assertThat(ticket.refundable(), equalTo(Money.ofMinor(7_000, "EUR")));
  }

  @Test
  void aRefusedRefundSaysHowMuchIsLeftInTheTicketsCurrency() {
    ticket.observe(PaymentStatus.SUCCEEDED, T0);

    DomainException tooMuch =
        assertThrows(DomainException.class, () -> ticket.refund(Money.ofMinor(10_001, "EUR")));

    assertThat(tooMuch.getMessage(), equalTo("At most 100.00 EUR can still be refunded"));
  }
}
