package com.marketplace.payments.application.internal;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.marketplace.common.api.Page;
import com.marketplace.common.api.PageRequest;
import com.marketplace.common.security.Caller;
import com.marketplace.payments.application.PaymentTicketFilter;
import com.marketplace.payments.application.PaymentTicketView;
import com.marketplace.payments.domain.PaymentStatus;
import com.marketplace.payments.domain.TicketStatus;
import com.marketplace.payments.web.spelling.PaymentSpellings;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A ticket list's statusLiteral filter reaches the query as the status it names. */
class TicketListFilterTest {

  private final List<TicketStatus> asked = new ArrayList<>();
  private final DefaultPaymentTicketRecords records = new DefaultPaymentTicketRecords();
  private final Caller admin =
      new Caller(
          UUID.randomUUID(), UUID.randomUUID(), Set.of(Caller.ADMIN), null, null, "admin", null);

  TicketListFilterTest() {
    records.words = new PaymentSpellings();
    records.queries =
        (tenantId, orderType, ownerId, paymentStatus, status, filter, page) -> {
          asked.add(status);
          return new Page<>(List.of(), page, 0);
        };
  }

  private Page<PaymentTicketView> listWith(String statusLiteral) {
    return records.list(
        admin,
        "enrollment",
        new PaymentTicketFilter(null, null, null, null, statusLiteral, null),
        new PageRequest(1, 10));
  }

  @Test
  void aStatusLiteralIsComparedAsTheStatusItSpells() {
    listWith("partiallyRefunded");

    assertThat(asked, is(List.of(TicketStatus.PARTIALLY_REFUNDED)));
  }

  @Test
  void noStatusLiteralDoesNotNarrowTheList() {
    listWith(null);

    assertThat(asked.get(0), is(nullValue()));
  }

  @Test
  void aStatusLiteralNoTicketCanHaveListsNothingWithoutAQuery() {
    Page<PaymentTicketView> page = listWith("Paid");

    assertThat(page.rows(), is(empty()));
    assertThat(page.totalRowCount(), is(0L));
    assertThat(asked, is(empty()));
  }

  @Test
  void paymentStatusIsStillReadAsStripesStatus() {
    records.queries =
        (tenantId, orderType, ownerId, paymentStatus, status, filter, page) -> {
          assertThat(paymentStatus, is(PaymentStatus.SUCCEEDED));
          asked.add(status);
          return new Page<>(List.of(), page, 0);
        };

    records.list(
        admin,
        "enrollment",
        new PaymentTicketFilter(null, null, null, "succeeded", "paid", null),
        new PageRequest(1, 10));

    assertThat(asked, is(List.of(TicketStatus.PAID)));
  }
}
