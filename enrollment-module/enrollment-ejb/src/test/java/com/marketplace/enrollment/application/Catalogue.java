package com.marketplace.enrollment.application;

import com.marketplace.common.money.Money;
import com.marketplace.common.security.Caller;
import com.marketplace.enrollment.domain.CoursePack;
import com.marketplace.enrollment.domain.LessonSlot;
import com.marketplace.enrollment.domain.LocationType;
import com.marketplace.enrollment.domain.SchedulingType;
import com.marketplace.enrollment.domain.TutorProfile;
import com.marketplace.enrollment.domain.TutorStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Fixtures: an active tutor's course pack with weekly lessons, stored in the repositories. */
public final class Catalogue {

  public static final UUID TENANT = UUID.randomUUID();

  public final TutorProfile tutor;
  public final CoursePack pack;

  /** The pack's lessons in time order, the first next week. */
  public final List<LessonSlot> lessons = new ArrayList<>();

  public Catalogue(InMemoryRepositories repositories, int lessonCount) {
    tutor = new TutorProfile(UUID.randomUUID(), TENANT, UUID.randomUUID());
    tutor.describe(null, null, null, TutorStatus.ACTIVE);
    pack = new CoursePack(UUID.randomUUID(), TENANT, null);
    pack.describe(
        tutor.id(),
        "English",
        Money.ofMajor(new BigDecimal("90.00"), "EUR"),
        "languages",
        SchedulingType.FIXED,
        false,
        true);
    for (int i = 0; i < lessonCount; i++) {
      LessonSlot slot = new LessonSlot(UUID.randomUUID(), TENANT, null);
      slot.describe(
          pack.id(),
          LocalDate.now().plusDays(7 + 7L * i),
          LocalTime.of(18, 0),
          ZoneId.of("Europe/Berlin"),
          LocationType.ONLINE,
          "video call");
      lessons.add(slot);
      repositories.lessonSlots.add(slot);
    }
    repositories.tutorProfiles.add(tutor);
    repositories.coursePacks.add(pack);
  }

  public List<UUID> lessonIds() {
    return lessons.stream().map(LessonSlot::id).toList();
  }

  public static Caller student() {
    return new Caller(UUID.randomUUID(), TENANT, Set.of("student"), null, null, null, null);
  }
}
