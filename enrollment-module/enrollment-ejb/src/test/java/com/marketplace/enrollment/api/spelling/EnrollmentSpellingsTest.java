package com.marketplace.enrollment.api.spelling;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import com.marketplace.common.api.Spelling;
import com.marketplace.enrollment.domain.EnrollmentStatus;
import com.marketplace.enrollment.domain.LocationType;
import com.marketplace.enrollment.domain.PaymentConfirmation;
import com.marketplace.enrollment.domain.PaymentStatus;
import com.marketplace.enrollment.domain.RefundRequestStatus;
import com.marketplace.enrollment.domain.RefundStatus;
import com.marketplace.enrollment.domain.SchedulingType;
import com.marketplace.enrollment.domain.SlotStatus;
import com.marketplace.enrollment.domain.TutorStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class EnrollmentSpellingsTest {

  @Test
  void eachEnumIsSpelledWithTheSpecsLiteralsInTheSpecsOrder() {
    assertSpelled(
        EnrollmentSpellings.ENROLLMENT_STATUS, "pending", "active", "completed", "canceled");
    assertSpelled(EnrollmentSpellings.SLOT_STATUS, "available", "booked", "completed", "canceled");
    assertSpelled(EnrollmentSpellings.SCHEDULING_TYPE, "fixed", "flexible");
    assertSpelled(
        EnrollmentSpellings.REFUND_STATUS, "notRequested", "eligible", "processed", "ineligible");
    assertSpelled(EnrollmentSpellings.LOCATION_TYPE, "online", "inPerson");
    assertSpelled(EnrollmentSpellings.PAYMENT_STATUS, "pending", "paid", "refunded");
    assertSpelled(
        EnrollmentSpellings.PAYMENT_CONFIRMATION, "pending", "processing", "paid", "canceled");
    assertSpelled(EnrollmentSpellings.TUTOR_STATUS, "active", "suspended", "banned");
    assertSpelled(
        EnrollmentSpellings.REFUND_REQUEST_STATUS,
        "pending",
        "approved",
        "rejected",
        "autoApproved");
  }

  /** The rows and the journal keep the very words the wire shows: no migration was needed. */
  @Test
  void theStoredWordsAreTheSpecsLiteralsToday() {
    assertSameWords(EnrollmentSpellings.ENROLLMENT_STATUS, EnrollmentStatus.Column::word);
    assertSameWords(EnrollmentSpellings.SLOT_STATUS, SlotStatus.Column::word);
    assertSameWords(EnrollmentSpellings.SCHEDULING_TYPE, SchedulingType.Column::word);
    assertSameWords(EnrollmentSpellings.REFUND_STATUS, RefundStatus.Column::word);
    assertSameWords(EnrollmentSpellings.LOCATION_TYPE, LocationType.Column::word);
    assertSameWords(EnrollmentSpellings.PAYMENT_STATUS, PaymentStatus.Column::word);
    assertSameWords(EnrollmentSpellings.PAYMENT_CONFIRMATION, PaymentConfirmation.Column::word);
    assertSameWords(EnrollmentSpellings.TUTOR_STATUS, TutorStatus.Column::word);
    assertSameWords(EnrollmentSpellings.REFUND_REQUEST_STATUS, RefundRequestStatus.Column::word);
  }

  @Test
  void aJoinedRecordHasEachOptionSpelledInPlaceWithItsIdxAfterIt() {
    Map<String, Object> slot = new LinkedHashMap<>();
    slot.put("status", Optional.of(SlotStatus.BOOKED));
    slot.put("locationType", Optional.empty());
    slot.put("timeZone", "Europe/Paris");
    Map<String, Object> enrollment = new LinkedHashMap<>();
    enrollment.put("refundStatus", RefundStatus.ELIGIBLE);
    enrollment.put("lessonSlots", List.of(slot));

    Map<String, Object> json = EnrollmentSpellings.spelled(enrollment);

    assertThat(json.keySet(), contains("refundStatus", "refundStatus_idx", "lessonSlots"));
    assertThat(json.get("refundStatus"), is("eligible"));
    assertThat(json.get("refundStatus_idx"), is(1));
    @SuppressWarnings("unchecked")
    Map<String, Object> spelledSlot = ((List<Map<String, Object>>) json.get("lessonSlots")).get(0);
    assertThat(
        spelledSlot.keySet(),
        contains("status", "status_idx", "locationType", "locationType_idx", "timeZone"));
    assertThat(spelledSlot.get("status"), is("booked"));
    assertThat(spelledSlot.get("status_idx"), is(1));
    assertThat(spelledSlot.get("locationType"), nullValue());
    assertThat(spelledSlot.get("locationType_idx"), nullValue());
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
