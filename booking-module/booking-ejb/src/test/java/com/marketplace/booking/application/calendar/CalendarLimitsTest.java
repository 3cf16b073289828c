package com.marketplace.booking.application.calendar;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.booking.application.reservation.ReservationJoins;
import com.marketplace.common.error.ApiException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CalendarLimitsTest {

  @Test
  void anUploadUpToTheCapIsReadWhole() {
    assertThat(CalendarLimits.uploaded(stream("BEGIN:VCALENDAR"), -1, 15), is("BEGIN:VCALENDAR"));
  }

  @Test
  void anUploadOverTheCapIs413WhetherDeclaredOrNot() {
    assertThat(
        assertThrows(
                ApiException.class,
                () -> CalendarLimits.uploaded(stream("BEGIN:VCALENDAR!"), -1, 15))
            .status(),
        is(413));
    assertThat(
        assertThrows(ApiException.class, () -> CalendarLimits.uploaded(stream(""), 16, 15))
            .status(),
        is(413));
  }

  @Test
  void anUploadIsNotReadPastTheCap() {
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            return 'x';
          }
        };
    assertThat(
        assertThrows(ApiException.class, () -> CalendarLimits.uploaded(endless, -1, 1024))
            .messageKey(),
        is("errMsg_iCalIsTooLarge"));
  }

  @Test
  void tooManyEventsAre422() {
    assertDoesNotThrow(() -> CalendarLimits.requireFewEnough(5, 5));
    assertThat(
        assertThrows(ApiException.class, () -> CalendarLimits.requireFewEnough(6, 5)).status(),
        is(422));
  }

  @Test
  void anImportUrlIsRequiredAndBounded() {
    assertThat(assertThrows(ApiException.class, () -> ImportUrls.require(null)).status(), is(400));
    assertThat(
        assertThrows(
                ApiException.class,
                () -> ImportUrls.require("https://cal.example/" + "x".repeat(2048)))
            .status(),
        is(400));
    assertThat(ImportUrls.require(" https://cal.example/a.ics "), is("https://cal.example/a.ics"));
  }

  @Test
  void aListingWithoutPropertyTypeHasNoIndexRatherThanAFailure() {
    assertThat(ReservationJoins.propertyTypeIdx(null), is((Integer) null));
    assertThat(ReservationJoins.propertyTypeIdx("castle"), is((Integer) null));
    assertThat(ReservationJoins.propertyTypeIdx("house"), is(1));
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
