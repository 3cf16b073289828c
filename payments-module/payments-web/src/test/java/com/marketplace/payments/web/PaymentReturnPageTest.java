package com.marketplace.payments.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.marketplace.payments.application.PaymentChange;
import com.marketplace.payments.application.PaymentReturn;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The return page's {@code outcome}, as it was when the return carried the statusLiteral. */
class PaymentReturnPageTest {

  private static PaymentReturn back(PaymentChange.Status status) {
    return new PaymentReturn(UUID.randomUUID(), UUID.randomUUID(), status);
  }

  @Test
  void aPaymentStillPendingAfterStripesPageHasFailed() {
    assertThat(PaymentReturnPage.outcome(back(PaymentChange.Status.PENDING)), is("failed"));
  }

  @Test
  void anyOtherStatusIsItsStatusLiteral() {
    assertThat(PaymentReturnPage.outcome(back(PaymentChange.Status.PAID)), is("paid"));
    assertThat(
        PaymentReturnPage.outcome(back(PaymentChange.Status.REQUIRES_ACTION)),
        is("requiresAction"));
    assertThat(
        PaymentReturnPage.outcome(back(PaymentChange.Status.PARTIALLY_REFUNDED)),
        is("partiallyRefunded"));
    assertThat(PaymentReturnPage.outcome(back(PaymentChange.Status.CANCELED)), is("canceled"));
  }

  @Test
  void aRefusedReturnIsInvalid() {
    assertThat(PaymentReturnPage.outcome(PaymentReturn.refused()), is("invalid"));
  }
}
