package com.marketplace.enrollment.domain;

import java.util.Comparator;
import java.util.List;

/**
 * When a student may have their money back: the enrollment is paid and not canceled, its first
 * lesson (the earliest slot) took place, and no later lesson did. Before the first lesson the
 * student has not tried the tutor yet; after the second the pack is being used. A one-lesson pack
 * is completed by its only lesson and may still be refunded: no additional lesson took place.
 */
public final class RefundPolicy {

  private RefundPolicy() {}

  /** Why a refund is refused, or {@link Verdict#ELIGIBLE}. */
  public enum Verdict {
    ELIGIBLE(null),
    NOT_PAID("The enrollment is not paid, or was canceled"),
    FIRST_LESSON_NOT_COMPLETED("A refund can be requested only after the first lesson"),
    LATER_LESSON_COMPLETED("A refund can be requested only before the second lesson");

    private final String explanation;

    Verdict(String explanation) {
      this.explanation = explanation;
    }

    public String explanation() {
      return explanation;
    }
  }

  public static Verdict judge(Enrollment enrollment, List<LessonSlot> slots) {
    if (enrollment.paymentStatus() != PaymentStatus.PAID
        || enrollment.enrollmentStatus() == EnrollmentStatus.CANCELED) {
      return Verdict.NOT_PAID;
    }
    List<LessonSlot> inOrder =
        slots.stream().sorted(Comparator.comparing(LessonSlot::startsAt)).toList();
    if (inOrder.isEmpty() || inOrder.get(0).status() != SlotStatus.COMPLETED) {
      return Verdict.FIRST_LESSON_NOT_COMPLETED;
    }
    boolean laterDone =
        inOrder.stream().skip(1).anyMatch(slot -> slot.status() == SlotStatus.COMPLETED);
    return laterDone ? Verdict.LATER_LESSON_COMPLETED : Verdict.ELIGIBLE;
  }

  /** Whether the first lesson took place, as an admin's refund records it. */
  public static boolean firstLessonCompleted(List<LessonSlot> slots) {
    return slots.stream()
        .min(Comparator.comparing(LessonSlot::startsAt))
        .map(slot -> slot.status() == SlotStatus.COMPLETED)
        .orElse(false);
  }
}
