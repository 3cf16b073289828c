package com.marketplace.enrollment.domain;

import com.marketplace.common.persistence.BaseRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** Whether a student passed the preliminary meeting a course pack may require. */
@Entity
@Table(name = "preliminary_screening", schema = "enrollment")
public class PreliminaryScreening extends BaseRecord {

  @Column(name = "course_pack_id", nullable = false, updatable = false)
  private UUID coursePackId;

  @Column(name = "student_id", nullable = false, updatable = false)
  private UUID studentId;

  @Column(name = "passed", nullable = false)
  private boolean passed;

  /** For JPA. */
  protected PreliminaryScreening() {}

  public PreliminaryScreening(UUID tenantId, UUID coursePackId, UUID studentId) {
    super(UUID.randomUUID(), tenantId, studentId);
    this.coursePackId = coursePackId;
    this.studentId = studentId;
  }

  public void record(boolean passed) {
    this.passed = passed;
  }

  public boolean passed() {
    return passed;
  }

  public UUID coursePackId() {
    return coursePackId;
  }

  public UUID studentId() {
    return studentId;
  }
}
