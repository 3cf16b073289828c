package com.marketplace.it.enrollment;

import static com.marketplace.it.support.Platform.as;

import com.marketplace.it.support.Tokens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A tutor's course pack with its lesson slots, put in place through the admin routes as an upstream
 * catalogue would. Lessons are a week apart, the first one {@code firstInDays} from now.
 */
final class Course {

  final Tokens.User admin;
  final Tokens.User tutor;
  final UUID tutorProfileId;
  final UUID packId;
  final List<UUID> slotIds = new ArrayList<>();
  final String price;
  private final List<LocalDate> dates = new ArrayList<>();

  private Course(
      Tokens.User admin, Tokens.User tutor, String price, UUID tutorProfileId, UUID packId) {
    this.admin = admin;
    this.tutor = tutor;
    this.price = price;
    this.tutorProfileId = tutorProfileId;
    this.packId = packId;
  }

  /** A pack at {@code price} EUR with {@code lessons} slots, by a new tutor of admin's tenant. */
  static Course offered(Tokens.User admin, String price, int lessons, boolean screening) {
    return offeredBy(Tokens.user(admin.tenant(), "tutor"), admin, price, lessons, screening);
  }

  /** The same, by {@code tutor}. */
  static Course offeredBy(
      Tokens.User tutor, Tokens.User admin, String price, int lessons, boolean screening) {
    Course course = new Course(admin, tutor, price, UUID.randomUUID(), UUID.randomUUID());
    as(admin, "enrollment")
        .body(
            Map.of(
                "tutorId", course.tutor.id().toString(),
                "certifications", "CELTA",
                "bio", "Teaches English",
                "status", "active"))
        .put("/v1/admin/tutorprofiles/" + course.tutorProfileId)
        .then()
        .statusCode(200);
    Map<String, Object> pack = new LinkedHashMap<>();
    pack.put("tutorProfileId", course.tutorProfileId.toString());
    pack.put("title", "English, " + lessons + " lessons");
    pack.put("price", Double.valueOf(price));
    pack.put("currency", "EUR");
    pack.put("category", "languages");
    pack.put("schedulingType", "fixed");
    pack.put("requiresPreliminaryMeeting", screening);
    as(admin, "enrollment")
        .body(pack)
        .put("/v1/admin/coursepacks/" + course.packId)
        .then()
        .statusCode(200);
    for (int i = 0; i < lessons; i++) {
      UUID slot = UUID.randomUUID();
      course.slotIds.add(slot);
      course.dates.add(LocalDate.now().plusDays(7 + 7L * i));
      course.report(i, "available");
    }
    return course;
  }

  /** The scheduling service reports lesson {@code index} (0: the first) in {@code status}. */
  void report(int index, String status) {
    as(admin, "enrollment")
        .body(
            Map.of(
                "coursePackId", packId.toString(),
                "scheduledDate", dates.get(index).toString(),
                "scheduledTime", "18:00",
                "timeZone", "Europe/Berlin",
                "status", status,
                "locationType", "online",
                "locationDetails", "video call"))
        .put("/v1/admin/lessonslots/" + slotIds.get(index))
        .then()
        .statusCode(200);
  }

  /** The create body for {@code slots}, at the pack's own price. */
  Map<String, Object> enrollmentOf(List<UUID> slots) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("coursePackId", packId.toString());
    body.put("tutorProfileId", tutorProfileId.toString());
    body.put("lessonSlotIds", slots.stream().map(UUID::toString).toList());
    body.put("totalAmount", Double.valueOf(price));
    body.put("currency", "EUR");
    body.put("refundStatus", "notRequested");
    return body;
  }

  /** The same course seen as lesson {@code index} alone: enrolling takes only that slot. */
  Course only(int index) {
    Course one = new Course(admin, tutor, price, tutorProfileId, packId);
    one.slotIds.add(slotIds.get(index));
    one.dates.add(dates.get(index));
    return one;
  }

  /** The create body for lesson {@code index} alone. */
  Map<String, Object> subsetBody(int index) {
    return enrollmentOf(List.of(slotIds.get(index)));
  }

  Map<String, Object> enrollmentOfAllSlots() {
    return enrollmentOf(slotIds);
  }
}
