package com.marketplace.enrollment.application.query;

import com.marketplace.enrollment.domain.CoursePack;
import com.marketplace.enrollment.domain.Enrollment;
import com.marketplace.enrollment.domain.LessonSlot;
import com.marketplace.enrollment.domain.TutorProfile;
import com.marketplace.enrollment.domain.UserProfile;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The joined objects' shapes, field for field as the spec shows them on each route. */
final class EnrollmentJoins {

  private EnrollmentJoins() {}

  static Map<String, Object> packInDetail(CoursePack p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("tutorProfileId", p.tutorProfileId());
    m.put("title", p.title());
    m.put("price", p.price().toMajor());
    m.put("category", p.category());
    putEnum(m, "schedulingType", p.schedulingType());
    return m;
  }

  static Map<String, Object> packInBrief(CoursePack p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", p.title());
    m.put("category", p.category());
    putEnum(m, "schedulingType", p.schedulingType());
    m.put("isActive", p.isActive());
    return m;
  }

  static Map<String, Object> slotInDetail(LessonSlot s) {
    Map<String, Object> m = slotInBrief(s);
    putEnum(m, "locationType", s.locationType());
    m.put("locationDetails", s.locationDetails());
    return m;
  }

  static Map<String, Object> slotInBrief(LessonSlot s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("scheduledDate", s.scheduledDate().toString());
    m.put("scheduledTime", s.scheduledTime().toString());
    m.put("timeZone", s.timeZone());
    putEnum(m, "status", s.status());
    return m;
  }

  static Map<String, Object> studentInBrief(UserProfile u) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("fullname", u.fullname());
    m.put("avatar", u.avatar());
    return m;
  }

  static Map<String, Object> studentInList(UserProfile u) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("email", u.email());
    m.put("fullname", u.fullname());
    m.put("avatar", u.avatar());
    return m;
  }

  static Map<String, Object> requester(UserProfile u) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("email", u.email());
    m.put("fullname", u.fullname());
    return m;
  }

  static Map<String, Object> tutorInDetail(TutorProfile t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("tutorId", t.tutorId());
    m.put("certifications", t.certifications());
    m.put("bio", t.bio());
    m.put("profilePhoto", t.profilePhoto());
    return m;
  }

  static Map<String, Object> tutorInBrief(TutorProfile t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("tutorId", t.tutorId());
    m.put("bio", t.bio());
    return m;
  }

  static Map<String, Object> enrollmentInBrief(Enrollment e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("coursePackId", e.coursePackId());
    m.put("studentId", e.studentId());
    m.put("totalAmount", e.total().toMajor());
    m.put("currency", e.total().currency().getCurrencyCode());
    return m;
  }

  /**
   * An option as itself, which may be absent (an empty {@code Optional}): the API layer spells it
   * as the spec does, a literal and its {@code _idx}, both null when absent ({@code
   * EnrollmentSpellings.spelled}).
   */
  private static void putEnum(Map<String, Object> m, String name, Enum<?> value) {
    m.put(name, Optional.ofNullable(value));
  }
}
