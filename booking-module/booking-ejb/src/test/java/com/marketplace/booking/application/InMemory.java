package com.marketplace.booking.application;

import com.marketplace.booking.domain.CalendarHold;
import com.marketplace.booking.domain.CalendarHoldRepository;
import com.marketplace.booking.domain.Dispute;
import com.marketplace.booking.domain.DisputeAlreadyOpen;
import com.marketplace.booking.domain.DisputeRepository;
import com.marketplace.booking.domain.Listing;
import com.marketplace.booking.domain.ListingRepository;
import com.marketplace.booking.domain.NightsTaken;
import com.marketplace.booking.domain.PaymentConfirmation;
import com.marketplace.booking.domain.PaymentRecord;
import com.marketplace.booking.domain.PaymentRecordRepository;
import com.marketplace.booking.domain.Reservation;
import com.marketplace.booking.domain.ReservationRepository;
import com.marketplace.booking.domain.ResolutionStatus;
import com.marketplace.common.persistence.BaseRecord;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Repositories held in memory, for use-case tests without a container or database. They keep the
 * database's guarantees that the use cases rely on: {@link Holds#flush()} refuses overlapping live
 * holds of a listing as the exclusion constraint does, {@link Disputes#open} a second unsettled
 * dispute as the unique index does, and {@code add} stamps the creation time as JPA would.
 */
public final class InMemory {

  private InMemory() {}

  /** What {@code @PrePersist} does to a record: its creation and update times. */
  static void stamp(Object record) {
    try {
      Method stamp = BaseRecord.class.getDeclaredMethod("stampCreation");
      stamp.setAccessible(true);
      stamp.invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  public static class Reservations implements ReservationRepository {

    public final Map<UUID, Reservation> rows = new LinkedHashMap<>();

    @Override
    public Optional<Reservation> find(UUID id) {
      return Optional.ofNullable(rows.get(id));
    }

    @Override
    public void add(Reservation reservation) {
      stamp(reservation);
      rows.put(reservation.id(), reservation);
    }

    @Override
    public List<Reservation> lockUnpaidHoldsOf(UUID tenantId, UUID guestId) {
      return rows.values().stream()
          .filter(r -> r.tenantId().equals(tenantId) && r.guestId().equals(guestId))
          .filter(r -> r.isActive() && r.holdsNights())
          .filter(r -> r.paymentConfirmation() != PaymentConfirmation.PAID)
          .toList();
    }

    @Override
    public List<Reservation> confirmedPaidCheckingOutBy(LocalDate latest, int max) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Reservation> unpaidUnchangedSince(OffsetDateTime cutoff, int max) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Reservation> unansweredUnchangedSince(OffsetDateTime cutoff, int max) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void lockAndRefresh(Reservation reservation) {}
  }

  public static class Listings implements ListingRepository {

    public final Map<UUID, Listing> rows = new LinkedHashMap<>();

    @Override
    public Optional<Listing> find(UUID id) {
      return Optional.ofNullable(rows.get(id));
    }

    @Override
    public void add(Listing listing) {
      rows.put(listing.id(), listing);
    }

    @Override
    public void flush() {}
  }

  /** Live holds of a listing never share a night, as the exclusion constraint has it. */
  public static class Holds implements CalendarHoldRepository {

    public final List<CalendarHold> rows = new ArrayList<>();
    private final List<CalendarHold> pending = new ArrayList<>();

    @Override
    public void add(CalendarHold hold) {
      pending.add(hold);
    }

    @Override
    public void flush() {
      for (CalendarHold hold : pending) {
        boolean taken =
            rows.stream()
                .anyMatch(
                    h ->
                        h.isLive()
                            && hold.isLive()
                            && h.listingId().equals(hold.listingId())
                            && h.nights().overlaps(hold.nights()));
        if (taken) {
          pending.clear();
          throw new NightsTaken(null);
        }
        rows.add(hold);
      }
      pending.clear();
    }

    @Override
    public List<CalendarHold> ofReservation(UUID reservationId) {
      return rows.stream().filter(h -> reservationId.equals(h.reservationId())).toList();
    }

    @Override
    public void removeOfSource(UUID importSourceId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<CalendarHold> liveOfListingFrom(UUID tenantId, UUID listingId, LocalDate since) {
      throw new UnsupportedOperationException();
    }
  }

  /** One unsettled dispute per reservation, as the unique index has it. */
  public static class Disputes implements DisputeRepository {

    public final Map<UUID, Dispute> rows = new LinkedHashMap<>();

    @Override
    public Optional<Dispute> find(UUID id) {
      return Optional.ofNullable(rows.get(id));
    }

    @Override
    public void open(Dispute dispute) {
      boolean unsettled =
          rows.values().stream()
              .anyMatch(
                  d ->
                      d.reservationId().equals(dispute.reservationId())
                          && (d.resolutionStatus() == ResolutionStatus.PENDING
                              || d.resolutionStatus() == ResolutionStatus.REVIEWING));
      if (unsettled) {
        throw new DisputeAlreadyOpen(null);
      }
      stamp(dispute);
      rows.put(dispute.id(), dispute);
    }
  }

  public static class PaymentRecords implements PaymentRecordRepository {

    public final List<PaymentRecord> rows = new ArrayList<>();

    @Override
    public Optional<PaymentRecord> find(UUID id) {
      return rows.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    @Override
    public void add(PaymentRecord record) {
      rows.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public Optional<PaymentRecord> latestRefundOf(UUID reservationId) {
      return Optional.empty();
    }
  }
}
