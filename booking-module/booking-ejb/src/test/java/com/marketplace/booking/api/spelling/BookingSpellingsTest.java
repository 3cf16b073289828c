package com.marketplace.booking.api.spelling;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.booking.domain.ApprovalType;
import com.marketplace.booking.domain.BookingStatus;
import com.marketplace.booking.domain.DisputeStatus;
import com.marketplace.booking.domain.PaymentConfirmation;
import com.marketplace.booking.domain.PaymentRecordStatus;
import com.marketplace.booking.domain.ResolutionStatus;
import com.marketplace.common.api.Spelling;
import com.marketplace.common.error.ApiException;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class BookingSpellingsTest {

  @Test
  void eachEnumIsSpelledWithTheSpecsLiteralsInTheSpecsOrder() {
    assertSpelled(BookingSpellings.APPROVAL_TYPE, "instant", "manual");
    assertSpelled(
        BookingSpellings.BOOKING_STATUS,
        "pending",
        "confirmed",
        "complete",
        "cancelled",
        "declined");
    assertSpelled(BookingSpellings.DISPUTE_STATUS, "none", "requested", "active", "resolved");
    assertSpelled(
        BookingSpellings.PAYMENT_CONFIRMATION, "pending", "processing", "paid", "canceled");
    assertSpelled(BookingSpellings.PAYMENT_STATUS, "pending", "paid", "refunded", "failed");
    assertSpelled(
        BookingSpellings.RESOLUTION_STATUS, "pending", "reviewing", "resolved", "rejected");
  }

  /** The rows and the journal keep the very words the wire shows: no migration was needed. */
  @Test
  void theStoredWordsAreTheSpecsLiteralsToday() {
    assertSameWords(
        BookingSpellings.APPROVAL_TYPE, o -> new ApprovalType.Column().convertToDatabaseColumn(o));
    assertSameWords(BookingSpellings.BOOKING_STATUS, BookingStatus.Column::word);
    assertSameWords(BookingSpellings.DISPUTE_STATUS, DisputeStatus.Column::word);
    assertSameWords(BookingSpellings.PAYMENT_CONFIRMATION, PaymentConfirmation.Column::word);
    assertSameWords(BookingSpellings.PAYMENT_STATUS, PaymentRecordStatus.Column::word);
    assertSameWords(BookingSpellings.RESOLUTION_STATUS, ResolutionStatus.Column::word);
  }

  @Test
  void theUseCasesReadAndCompareClientsWordsThroughTheSpelling() {
    BookingSpellings words = new BookingSpellings();
    assertThat(
        words.read(BookingStatus.class, "bookingStatus", "declined"), is(BookingStatus.DECLINED));
    assertThat(words.word(DisputeStatus.NONE), is("none"));
    ApiException refused =
        assertThrows(
            ApiException.class,
            () -> words.read(ResolutionStatus.class, "resolutionStatus", "RESOLVED"));
    assertThat(refused.messageKey(), is("errMsg_resolutionStatusIsNotValid"));
  }

  private static <E extends Enum<E>> void assertSpelled(Spelling<E> spelling, String... literals) {
    assertThat(spelling.type().getEnumConstants().length, is(literals.length));
    for (int idx = 0; idx < literals.length; idx++) {
      E option = spelling.parse("field", literals[idx]);
      assertThat(spelling.literal(option), is(literals[idx]));
      assertThat(spelling.idx(option), is(idx));
    }
  }

  private static <E extends Enum<E>> void assertSameWords(
      Spelling<E> spelling, Function<E, String> stored) {
    for (E option : List.of(spelling.type().getEnumConstants())) {
      assertThat(stored.apply(option), is(spelling.literal(option)));
    }
  }
}
