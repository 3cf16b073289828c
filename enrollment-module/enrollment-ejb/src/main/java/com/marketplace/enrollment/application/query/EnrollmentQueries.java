package com.marketplace.enrollment.application.query;

import com.marketplace.common.api.JoinScope;
import com.marketplace.common.api.JoinScope.Locality;
import com.marketplace.common.api.Joined;
import com.marketplace.common.api.Page;
import com.marketplace.common.api.PageRequest;
import com.marketplace.common.error.ApiException;
import com.marketplace.common.security.Caller;
import com.marketplace.enrollment.application.enrollment.EnrollmentAccess;
import com.marketplace.enrollment.application.enrollment.EnrollmentView;
import com.marketplace.enrollment.application.refund.RefundRequestView;
import com.marketplace.enrollment.domain.CoursePack;
import com.marketplace.enrollment.domain.CoursePackRepository;
import com.marketplace.enrollment.domain.Enrollment;
import com.marketplace.enrollment.domain.EnrollmentFilter;
import com.marketplace.enrollment.domain.EnrollmentRepository;
import com.marketplace.enrollment.domain.LessonSlot;
import com.marketplace.enrollment.domain.LessonSlotRepository;
import com.marketplace.enrollment.domain.PaymentConfirmation;
import com.marketplace.enrollment.domain.RefundRequest;
import com.marketplace.enrollment.domain.RefundRequestRepository;
import com.marketplace.enrollment.domain.TutorProfile;
import com.marketplace.enrollment.domain.TutorProfileRepository;
import com.marketplace.enrollment.domain.UserProfile;
import com.marketplace.enrollment.domain.UserProfileRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The read routes, with the spec's joins as the request's {@link JoinScope} asks: the enrollment
 * inside a refund request is local (this service's own object); course packs, lesson slots, tutor
 * profiles and users are non-local (other services' objects, projected here). A join left out is
 * not loaded. A page's joined rows are loaded with one query per joined kind, not one per row.
 */
@Stateless
public class EnrollmentQueries {

  @Inject EnrollmentRepository enrollments;
  @Inject LessonSlotRepository lessonSlots;
  @Inject CoursePackRepository coursePacks;
  @Inject TutorProfileRepository tutorProfiles;
  @Inject UserProfileRepository userProfiles;
  @Inject RefundRequestRepository refundRequests;
  @Inject EnrollmentAccess access;

  /** {@code GET /v1/enrollments/:id}: the enrollment with its pack, slots, student and tutor. */
  public Map<String, Object> enrollment(Caller caller, UUID enrollmentId, JoinScope scope) {
    Enrollment e = access.visible(caller, enrollmentId, false);
    UUID tenant = caller.tenantId();
    Map<String, Object> joins = new LinkedHashMap<>();
    scope.put(
        joins,
        "coursePack",
        Locality.NON_LOCAL,
        () ->
            coursePacks
                .find(tenant, e.coursePackId())
                .map(EnrollmentJoins::packInDetail)
                .orElse(null));
    scope.put(
        joins,
        "lessonSlots",
        Locality.NON_LOCAL,
        () -> slotsInOrder(e, lessonSlots.byIds(tenant, e.lessonSlotIds()), true));
    scope.put(
        joins,
        "student",
        Locality.NON_LOCAL,
        () ->
            userProfiles
                .ofUser(tenant, e.studentId())
                .map(EnrollmentJoins::studentInBrief)
                .orElse(null));
    scope.put(
        joins,
        "tutorProfile",
        Locality.NON_LOCAL,
        () ->
            tutorProfiles
                .find(tenant, e.tutorProfileId())
                .map(EnrollmentJoins::tutorInDetail)
                .orElse(null));
    return Joined.of(EnrollmentView.of(e), joins);
  }

  /**
   * {@code GET /v1/enrollments}: what the caller sees, filtered (the confirmation read by the API
   * layer), with the list joins.
   */
  public Page<Map<String, Object>> enrollments(
      Caller caller,
      UUID tutorProfileId,
      PaymentConfirmation confirmation,
      PageRequest page,
      JoinScope scope) {
    Page<Enrollment> rows =
        enrollments.page(
            caller.tenantId(),
            new EnrollmentFilter(access.viewer(caller), tutorProfileId, confirmation),
            page);
    if (!scope.includes(Locality.NON_LOCAL)) {
      return rows.map(e -> Joined.of(EnrollmentView.of(e), Map.of())); // all four are non-local
    }
    return withListJoins(caller.tenantId(), rows);
  }

  private Page<Map<String, Object>> withListJoins(UUID tenant, Page<Enrollment> rows) {
    List<Enrollment> enrollments = rows.rows();
    Map<UUID, CoursePack> packs =
        coursePacks.byIds(tenant, ids(enrollments, Enrollment::coursePackId));
    Map<UUID, TutorProfile> tutors =
        tutorProfiles.byIds(tenant, ids(enrollments, Enrollment::tutorProfileId));
    Map<UUID, UserProfile> students =
        userProfiles.ofUsers(tenant, ids(enrollments, Enrollment::studentId));
    List<LessonSlot> slots =
        lessonSlots.byIds(
            tenant,
            enrollments.stream()
                .flatMap(e -> e.lessonSlotIds().stream())
                .collect(Collectors.toSet()));
    return rows.map(
        e -> {
          Map<String, Object> joins = new LinkedHashMap<>();
          joins.put(
              "coursePack", listOf(packs.get(e.coursePackId()), EnrollmentJoins::packInBrief));
          joins.put("lessonSlots", slotsInOrder(e, slots, false));
          joins.put("student", listOf(students.get(e.studentId()), EnrollmentJoins::studentInList));
          joins.put(
              "tutorProfile",
              listOf(tutors.get(e.tutorProfileId()), EnrollmentJoins::tutorInBrief));
          return Joined.of(EnrollmentView.of(e), joins);
        });
  }

  /** {@code GET /v1/refundrequests/:id}: the request with its enrollment, if the caller sees it. */
  public Map<String, Object> refundRequest(Caller caller, UUID refundRequestId, JoinScope scope) {
    RefundRequest request =
        refundRequests
            .find(caller.tenantId(), refundRequestId)
            .orElseThrow(() -> ApiException.notFound("refundRequest", refundRequestId));
    Enrollment e = access.visible(caller, request.enrollmentId(), false);
    Map<String, Object> joins = new LinkedHashMap<>();
    scope.put(joins, "enrollment", Locality.LOCAL, () -> enrollmentInRequest(e));
    return Joined.of(RefundRequestView.of(request), joins);
  }

  private static Map<String, Object> enrollmentInRequest(Enrollment e) {
    Map<String, Object> enrollment = new LinkedHashMap<>();
    enrollment.put("coursePackId", e.coursePackId());
    enrollment.put("studentId", e.studentId());
    return enrollment;
  }

  /** {@code GET /v1/refundrequests}: the requests of the enrollments the caller sees. */
  public Page<Map<String, Object>> refundRequests(
      Caller caller, PageRequest page, JoinScope scope) {
    Page<RefundRequest> rows = refundRequests.page(caller.tenantId(), access.viewer(caller), page);
    if (scope == JoinScope.NONE) {
      return rows.map(r -> Joined.of(RefundRequestView.of(r), Map.of()));
    }
    UUID tenant = caller.tenantId();
    // the enrollments are read even when only the local join is asked for: the pack is theirs
    Map<UUID, Enrollment> ofRequests =
        enrollments.byIds(tenant, ids(rows.rows(), RefundRequest::enrollmentId));
    boolean nonLocal = scope.includes(Locality.NON_LOCAL);
    Map<UUID, CoursePack> packs =
        nonLocal
            ? coursePacks.byIds(
                tenant, ids(List.copyOf(ofRequests.values()), Enrollment::coursePackId))
            : Map.of();
    Map<UUID, UserProfile> requesters =
        nonLocal
            ? userProfiles.ofUsers(tenant, ids(rows.rows(), RefundRequest::requestedBy))
            : Map.of();
    return rows.map(
        r -> {
          Enrollment e = ofRequests.get(r.enrollmentId());
          Map<String, Object> joins = new LinkedHashMap<>();
          scope.put(
              joins,
              "enrollment",
              Locality.LOCAL,
              () -> listOf(e, EnrollmentJoins::enrollmentInBrief));
          scope.put(
              joins,
              "coursePack",
              Locality.NON_LOCAL,
              () -> {
                CoursePack pack = e == null ? null : packs.get(e.coursePackId());
                return pack == null ? null : Map.of("title", pack.title());
              });
          scope.put(
              joins,
              "requester",
              Locality.NON_LOCAL,
              () -> listOf(requesters.get(r.requestedBy()), EnrollmentJoins::requester));
          return Joined.of(RefundRequestView.of(r), joins);
        });
  }

  private static List<Map<String, Object>> slotsInOrder(
      Enrollment e, List<LessonSlot> loaded, boolean detail) {
    Map<UUID, LessonSlot> byId =
        loaded.stream().collect(Collectors.toMap(LessonSlot::id, s -> s, (a, b) -> a));
    return e.lessonSlotIds().stream()
        .map(byId::get)
        .filter(Objects::nonNull)
        .map(s -> detail ? EnrollmentJoins.slotInDetail(s) : EnrollmentJoins.slotInBrief(s))
        .toList();
  }

  private static <T> List<Map<String, Object>> listOf(
      T row, Function<T, Map<String, Object>> shape) {
    return row == null ? List.of() : List.of(shape.apply(row));
  }

  private static <T> Set<UUID> ids(List<T> rows, Function<T, UUID> id) {
    return rows.stream().map(id).collect(Collectors.toSet());
  }
}
