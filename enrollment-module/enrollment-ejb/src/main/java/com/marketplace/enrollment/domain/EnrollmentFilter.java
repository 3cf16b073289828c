package com.marketplace.enrollment.domain;

import java.util.Optional;
import java.util.UUID;

/**
 * Which enrollments a list shows: those {@code viewer} may see (all of the tenant when empty), of
 * one tutor profile and one payment confirmation when given (null means any).
 */
public record EnrollmentFilter(
    Optional<EnrollmentViewer> viewer,
    UUID tutorProfileId,
    PaymentConfirmation paymentConfirmation) {}
