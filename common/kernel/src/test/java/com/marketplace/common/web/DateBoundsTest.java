package com.marketplace.common.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.common.error.ApiException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateBoundsTest {

  public record Stay(LocalDate checkIn, OffsetDateTime at, Instant when) {}

  private final Jsonb jsonb = new JsonConfiguration().getContext(Stay.class);

  @Test
  void datesInRangeBindAsBefore() {
    Stay stay =
        jsonb.fromJson(
            "{\"checkIn\":\"2026-12-01\",\"at\":\"1900-01-01T00:00:00+01:00\","
                + "\"when\":\"9999-12-31T23:59:59Z\"}",
            Stay.class);

    assertThat(stay.checkIn(), equalTo(LocalDate.of(2026, 12, 1)));
    assertThat(stay.at().getYear(), is(1900));
    assertThat(stay.when(), equalTo(Instant.parse("9999-12-31T23:59:59Z")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"checkIn\":\"+99999-01-01\"}|outside the years 1900 to 9999",
        "{\"checkIn\":\"1899-12-31\"}|outside the years 1900 to 9999",
        "{\"at\":\"-999999999-01-01T00:00:00Z\"}|outside the years 1900 to 9999",
        "{\"when\":\"+10000-01-01T00:00:00Z\"}|outside the years 1900 to 9999",
        "{\"checkIn\":\"2026-02-30\"}|not an ISO-8601 date",
        "{\"checkIn\":20261201}|expected an ISO-8601 date string"
      })
  void datesOutOfRangeOrMalformedAreRefused(String body, String problem) {
    JsonbException e = assertThrows(JsonbException.class, () -> jsonb.fromJson(body, Stay.class));

    assertThat(MalformedBodyMapper.describe(e), containsString(problem));
  }

  @Test
  void aQueryDateOutOfRangeIsA400NamingTheParameter() {
    ApiException e =
        assertThrows(
            ApiException.class, () -> QueryValues.instant("from", "-999999999-01-01T00:00:00Z"));

    assertThat(e.status(), is(400));
    assertThat(e.messageKey(), is("errMsg_fromIsNotValid"));
    assertThat(e.detail(), containsString("1900 to 9999"));
    assertThat(QueryValues.instant("from", "2026-01-31T12:00:00Z").getYear(), is(2026));
  }
}
