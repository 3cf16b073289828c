package com.marketplace.payments.domain;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A ticket's statuses are stored as the very words its rows already hold (the V3 migration's
 * statusLiterals, Stripe's dispute statuses): no migration, and an unknown stored word is a bug.
 */
class TicketColumnsTest {

  private final TicketStatus.Column statusColumn = new TicketStatus.Column();
  private final DisputeStatus.Column disputeColumn = new DisputeStatus.Column();

  @Test
  void ticketStatusesAreStoredAsTheStatusLiteralsTheRowsHold() {
    assertThat(
        Arrays.stream(TicketStatus.values()).map(statusColumn::convertToDatabaseColumn).toList(),
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
  void everyStoredStatusLiteralReadsBackAsItsStatus() {
    for (TicketStatus status : TicketStatus.values()) {
      assertThat(
          statusColumn.convertToEntityAttribute(statusColumn.convertToDatabaseColumn(status)),
          is(status));
    }
  }

  @Test
  void disputeStatusesAreStoredAsStripeSpellsThem() {
    assertThat(
        disputeColumn.convertToDatabaseColumn(DisputeStatus.NEEDS_RESPONSE), is("needs_response"));
    assertThat(disputeColumn.convertToEntityAttribute("lost"), is(DisputeStatus.LOST));
    assertThat(
        Arrays.stream(DisputeStatus.values()).map(disputeColumn::convertToDatabaseColumn).toList(),
        is(
            List.of(
                "warning_needs_response",
                "warning_under_review",
                "warning_closed",
                "needs_response",
                "under_review",
                "won",
                "lost",
                "prevented")));
  }

  @Test
  void theAuditTrailNamesAStatusByItsStoredWord() {
    assertThat(TicketStatus.Column.word(TicketStatus.PARTIALLY_REFUNDED), is("partiallyRefunded"));
    assertThat(DisputeStatus.Column.word(DisputeStatus.WARNING_CLOSED), is("warning_closed"));
    assertThat(DisputeStatus.Column.word(null), is(nullValue()));
  }

  @Test
  void noDisputeIsStoredAsNull() {
    assertThat(disputeColumn.convertToDatabaseColumn(null), is(nullValue()));
    assertThat(disputeColumn.convertToEntityAttribute(null), is(nullValue()));
  }

  @Test
  void anUnknownStoredWordIsABugNotAGuess() {
    assertThrows(IllegalStateException.class, () -> statusColumn.convertToEntityAttribute("paid "));
    assertThrows(IllegalStateException.class, () -> disputeColumn.convertToEntityAttribute("open"));
  }
}
