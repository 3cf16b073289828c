package com.marketplace.booking.application;

import com.marketplace.booking.domain.Reservation;
import com.marketplace.booking.domain.ReservationRepository;
import com.marketplace.common.error.ApiException;
import com.marketplace.common.security.Caller;
import java.util.UUID;

/**
 * Who may see a reservation: its guest, its host, an admin of its tenant. Another tenant's is
 * missing (404); another user's in the tenant is forbidden (403). Here, not in {@code reservation}:
 * the calendar, dispute and payment use cases check it too, and a use-case package depends on its
 * siblings only in one direction (ArchUnit, {@code useCasePackagesAndTheDomainAreFreeOfCycles}).
 */
public final class ReservationAccess {

  private ReservationAccess() {}

  public static Reservation visible(ReservationRepository reservations, Caller caller, UUID id) {
    Reservation reservation = reservations.find(id).orElse(null);
    if (reservation == null || !reservation.tenantId().equals(caller.tenantId())) {
      throw ApiException.notFound("reservation", id);
    }
    if (!caller.isAdmin() && !reservation.isParticipant(caller.userId())) {
      throw ApiException.forbidden("Only the guest, the host or an admin may see this reservation");
    }
    return reservation;
  }
}
