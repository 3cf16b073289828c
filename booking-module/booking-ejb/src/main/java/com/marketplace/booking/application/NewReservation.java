package com.marketplace.booking.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What a guest asks for. The server decides everything else: the optional fields the spec lists
 * ({@code hostId}, {@code approvalType}, {@code currency}, {@code bookingStatus}, {@code
 * disputeStatus}) are checked against what the server decides and refused (422) if they differ; the
 * policy snapshots a client sends are ignored (the server stores the listing's own).
 */
public record NewReservation(
    @NotNull UUID listingId,
    @NotNull LocalDate checkIn,
    @NotNull LocalDate checkOut,
    @NotNull @Positive Integer guestCount,
    @NotNull BigDecimal totalPrice,
    UUID hostId,
    String approvalType,
    String currency,
    String bookingStatus,
    String disputeStatus,
    String iCalImportSource,
    Object bookingPoliciesSnapshot,
    Object cancellationPolicySnapshot,
    String iCalExportUrl) {}
