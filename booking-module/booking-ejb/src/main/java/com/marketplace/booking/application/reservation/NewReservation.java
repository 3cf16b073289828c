package com.marketplace.booking.application.reservation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
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
    @Size(max = 64) String approvalType,
    @Size(max = 3) String currency,
    @Size(max = 64) String bookingStatus,
    @Size(max = 64) String disputeStatus,
    @Size(max = 2048) String iCalImportSource,
    Object bookingPoliciesSnapshot,
    Object cancellationPolicySnapshot,
    @Size(max = 2048) String iCalExportUrl) {}
