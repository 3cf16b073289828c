package com.marketplace.enrollment.domain;

import com.marketplace.common.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Fixtures: a pack, its weekly lessons, and enrollments in it. */
final class Lessons {

  static final UUID TENANT = UUID.randomUUID();
  static final UUID STUDENT = UUID.randomUUID();

  private Lessons() {}

  static CoursePack pack(String price) {
    CoursePack pack = new CoursePack(UUID.randomUUID(), TENANT, null);
    pack.describe(
        UUID.randomUUID(),
        "English",
        Money.ofMajor(new BigDecimal(price), "EUR"),
        "languages",
        SchedulingType.FIXED,
        false,
        true);
    return pack;
  }

  /** {@code count} weekly lessons, the first next week, given out of order on purpose. */
  static List<LessonSlot> weekly(CoursePack pack, int count) {
    List<LessonSlot> slots = new ArrayList<>();
    for (int i = count - 1; i >= 0; i--) {
      LessonSlot slot = new LessonSlot(UUID.randomUUID(), TENANT, null);
      slot.describe(
          pack.id(),
          LocalDate.now().plusDays(7 + 7L * i),
          LocalTime.of(18, 0),
          ZoneId.of("Europe/Berlin"),
          LocationType.ONLINE,
          "video call");
      slots.add(slot);
    }
    return slots;
  }

  static Enrollment enrollment(CoursePack pack, List<LessonSlot> slots) {
    return new Enrollment(TENANT, STUDENT, pack, slots.stream().map(LessonSlot::id).toList());
  }

  static Enrollment paid(CoursePack pack, List<LessonSlot> slots) {
    Enrollment enrollment = enrollment(pack, slots);
    enrollment.confirmPayment(PaymentConfirmation.PAID, OffsetDateTime.now());
    return enrollment;
  }

  /** The lesson that comes {@code n}th in time (0: the first). */
  static LessonSlot nth(List<LessonSlot> slots, int n) {
    return slots.stream().sorted(Comparator.comparing(LessonSlot::startsAt)).toList().get(n);
  }
}
