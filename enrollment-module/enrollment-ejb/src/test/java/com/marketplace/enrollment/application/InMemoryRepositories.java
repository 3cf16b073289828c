package com.marketplace.enrollment.application;

import com.marketplace.common.api.Page;
import com.marketplace.common.api.PageRequest;
import com.marketplace.common.persistence.BaseRecord;
import com.marketplace.enrollment.domain.CoursePack;
import com.marketplace.enrollment.domain.CoursePackRepository;
import com.marketplace.enrollment.domain.Enrollment;
import com.marketplace.enrollment.domain.EnrollmentFilter;
import com.marketplace.enrollment.domain.EnrollmentRepository;
import com.marketplace.enrollment.domain.EnrollmentViewer;
import com.marketplace.enrollment.domain.LessonSlot;
import com.marketplace.enrollment.domain.LessonSlotRepository;
import com.marketplace.enrollment.domain.PreliminaryScreening;
import com.marketplace.enrollment.domain.PreliminaryScreeningRepository;
import com.marketplace.enrollment.domain.RefundRequest;
import com.marketplace.enrollment.domain.RefundRequestRepository;
import com.marketplace.enrollment.domain.SlotStatus;
import com.marketplace.enrollment.domain.TutorProfile;
import com.marketplace.enrollment.domain.TutorProfileRepository;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The enrollment module's repositories held in maps, for fast tests of the use cases. Lesson slot
 * holds behave as the database's conditional updates do: a slot is taken only if it is available,
 * active, of the pack, and held by nobody.
 */
public final class InMemoryRepositories {

  public final Enrollments enrollments = new Enrollments();
  public final LessonSlots lessonSlots = new LessonSlots();
  public final CoursePacks coursePacks = new CoursePacks();
  public final TutorProfiles tutorProfiles = new TutorProfiles();
  public final Screenings screenings = new Screenings();
  public final RefundRequests refundRequests = new RefundRequests();

  /** Rows by id, each found only in its own tenant. */
  static class Rows<T extends BaseRecord> {
    final Map<UUID, T> byId = new LinkedHashMap<>();

    public Optional<T> find(UUID tenantId, UUID id) {
      return Optional.ofNullable(byId.get(id)).filter(r -> r.tenantId().equals(tenantId));
    }

    public Optional<T> findInAnyTenant(UUID id) {
      return Optional.ofNullable(byId.get(id));
    }

    Map<UUID, T> mapByIds(UUID tenantId, Collection<UUID> ids) {
      Map<UUID, T> found = new HashMap<>();
      ids.forEach(id -> find(tenantId, id).ifPresent(row -> found.put(id, row)));
      return found;
    }

    public void add(T row) {
      byId.put(row.id(), row);
    }

    public void flush() {}
  }

  public static final class Enrollments extends Rows<Enrollment> implements EnrollmentRepository {
    @Override
    public Map<UUID, Enrollment> byIds(UUID tenantId, Collection<UUID> ids) {
      return mapByIds(tenantId, ids);
    }

    @Override
    public Optional<Enrollment> findLocked(UUID tenantId, UUID id) {
      return find(tenantId, id);
    }

    @Override
    public List<UUID> liveOfTutorProfile(UUID tenantId, UUID tutorProfileId) {
      return byId.values().stream()
          .filter(e -> e.tenantId().equals(tenantId) && e.isLive())
          .filter(e -> e.tutorProfileId().equals(tutorProfileId))
          .map(Enrollment::id)
          .toList();
    }

    @Override
    public List<UUID> liveOfCoursePack(UUID tenantId, UUID coursePackId) {
      return byId.values().stream()
          .filter(e -> e.tenantId().equals(tenantId) && e.isLive())
          .filter(e -> e.coursePackId().equals(coursePackId))
          .map(Enrollment::id)
          .toList();
    }

    @Override
    public List<Enrollment> stalePending(UUID tenantId, OffsetDateTime cutoff) {
      throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public Page<Enrollment> page(UUID tenantId, EnrollmentFilter filter, PageRequest page) {
      throw new UnsupportedOperationException("not needed by these tests");
    }
  }

  public static final class LessonSlots extends Rows<LessonSlot> implements LessonSlotRepository {
    /** Which enrollment holds which slot: what the conditional update writes to held_by. */
    public final Map<UUID, UUID> heldBy = new HashMap<>();

    @Override
    public List<LessonSlot> byIds(UUID tenantId, Collection<UUID> ids) {
      return List.copyOf(mapByIds(tenantId, ids).values());
    }

    @Override
    public List<LessonSlot> currentOf(Enrollment enrollment) {
      return byIds(enrollment.tenantId(), enrollment.lessonSlotIds());
    }

    @Override
    public int hold(UUID tenantId, UUID coursePackId, List<UUID> slotIds, UUID enrollmentId) {
      int held = 0;
      for (UUID id : slotIds) {
        Optional<LessonSlot> slot = find(tenantId, id);
        if (slot.isPresent()
            && slot.get().coursePackId().equals(coursePackId)
            && slot.get().isActive()
            && slot.get().status() == SlotStatus.AVAILABLE
            && !heldBy.containsKey(id)) {
          heldBy.put(id, enrollmentId);
          held++;
        }
      }
      return held;
    }

    @Override
    public int release(UUID enrollmentId) {
      int before = heldBy.size();
      heldBy.values().removeIf(enrollmentId::equals);
      return before - heldBy.size();
    }
  }

  public static final class CoursePacks extends Rows<CoursePack> implements CoursePackRepository {
    @Override
    public Map<UUID, CoursePack> byIds(UUID tenantId, Collection<UUID> ids) {
      return mapByIds(tenantId, ids);
    }
  }

  public static final class TutorProfiles extends Rows<TutorProfile>
      implements TutorProfileRepository {
    @Override
    public Map<UUID, TutorProfile> byIds(UUID tenantId, Collection<UUID> ids) {
      return mapByIds(tenantId, ids);
    }

    @Override
    public List<UUID> idsOfTutor(UUID tenantId, UUID userId) {
      return byId.values().stream()
          .filter(t -> t.tenantId().equals(tenantId) && t.tutorId().equals(userId))
          .map(TutorProfile::id)
          .toList();
    }
  }

  public static final class Screenings extends Rows<PreliminaryScreening>
      implements PreliminaryScreeningRepository {
    @Override
    public boolean passed(UUID tenantId, UUID coursePackId, UUID studentId) {
      return find(tenantId, coursePackId, studentId)
          .filter(s -> s.passed() && s.isActive())
          .isPresent();
    }

    @Override
    public Optional<PreliminaryScreening> find(UUID tenantId, UUID coursePackId, UUID studentId) {
      return byId.values().stream()
          .filter(s -> s.tenantId().equals(tenantId))
          .filter(s -> s.coursePackId().equals(coursePackId) && s.studentId().equals(studentId))
          .findFirst();
    }
  }

  public static final class RefundRequests implements RefundRequestRepository {
    private final Rows<RefundRequest> rows = new Rows<>();

    @Override
    public Optional<RefundRequest> find(UUID tenantId, UUID id) {
      return rows.find(tenantId, id);
    }

    @Override
    public Optional<RefundRequest> ofEnrollment(UUID tenantId, UUID enrollmentId) {
      return rows.byId.values().stream()
          .filter(r -> r.tenantId().equals(tenantId) && r.enrollmentId().equals(enrollmentId))
          .findFirst();
    }

    /** Refused as the unique key refuses it: one request per enrollment. */
    @Override
    public boolean add(RefundRequest request) {
      if (ofEnrollment(request.tenantId(), request.enrollmentId()).isPresent()) {
        return false;
      }
      rows.add(request);
      return true;
    }

    @Override
    public Page<RefundRequest> page(
        UUID tenantId, Optional<EnrollmentViewer> viewer, PageRequest page) {
      throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public void flush() {}

    public List<RefundRequest> all() {
      return List.copyOf(rows.byId.values());
    }
  }
}
