package com.marketplace.enrollment.application.enrollment;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What a student asks for. {@code totalAmount} and {@code currency} must equal the pack's price:
 * the server decides the price and refuses a request that expects another one. Statuses, the
 * student and {@code enrolledAt} are never taken from a request.
 */
public record NewEnrollment(
    UUID coursePackId,
    UUID tutorProfileId,
    List<UUID> lessonSlotIds,
    BigDecimal totalAmount,
    String currency) {}
