package com.marketplace.booking.infrastructure.persistence;

import com.marketplace.booking.domain.ApprovalType;
import com.marketplace.booking.domain.BookingStatus;
import com.marketplace.booking.domain.PaymentConfirmation;
import com.marketplace.booking.domain.Reservation;
import com.marketplace.booking.domain.ReservationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaReservationRepository implements ReservationRepository {

  /** The advisory lock's first key: the namespace of the guest's unpaid-holds lock. */
  private static final int LOCK_NAMESPACE = 0x686f6c64; // "hold"

  /** The statuses in which a reservation still holds its nights. */
  private static final List<BookingStatus> HOLDING =
      List.of(BookingStatus.PENDING, BookingStatus.CONFIRMED);

  /** The confirmations of a payment that has not been made (and is not under way). */
  private static final List<PaymentConfirmation> UNPAID =
      List.of(PaymentConfirmation.PENDING, PaymentConfirmation.CANCELED);

  @PersistenceContext(unitName = "booking")
  EntityManager em;

  @Override
  public Optional<Reservation> find(UUID id) {
    return Optional.ofNullable(em.find(Reservation.class, id));
  }

  @Override
  public void add(Reservation reservation) {
    em.persist(reservation);
  }

  /**
   * A transaction-scoped PostgreSQL advisory lock on (tenant, guest): the guest's concurrent
   * bookings are counted one after the other, each seeing the ones committed before it.
   */
  @Override
  public List<Reservation> lockUnpaidHoldsOf(UUID tenantId, UUID guestId) {
    em.createNativeQuery("select 1 from pg_advisory_xact_lock(?1, ?2)")
        .setParameter(1, LOCK_NAMESPACE)
        .setParameter(2, Objects.hash(tenantId, guestId))
        .getSingleResult();
    return em.createQuery(
            "select r from Reservation r where r.tenantId = :tenant and r.guestId = :guest"
                + " and r.active = true and r.bookingStatus in :holding"
                + " and r.paymentConfirmation <> :paid",
            Reservation.class)
        .setParameter("tenant", tenantId)
        .setParameter("guest", guestId)
        .setParameter("holding", HOLDING)
        .setParameter("paid", PaymentConfirmation.PAID)
        .getResultList();
  }

  @Override
  public List<Reservation> confirmedPaidCheckingOutBy(LocalDate latest, int max) {
    return em.createQuery(
            "select r from Reservation r where r.bookingStatus = :confirmed"
                + " and r.paymentConfirmation = :paid and r.checkOut <= :latest"
                + " order by r.checkOut",
            Reservation.class)
        .setParameter("confirmed", BookingStatus.CONFIRMED)
        .setParameter("paid", PaymentConfirmation.PAID)
        .setParameter("latest", latest)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public List<Reservation> unpaidUnchangedSince(OffsetDateTime cutoff, int max) {
    return activeUnchangedSince(
        "r.bookingStatus in :holding and r.paymentConfirmation in :unpaid",
        Map.of("holding", HOLDING, "unpaid", UNPAID),
        cutoff,
        max);
  }

  @Override
  public List<Reservation> unansweredUnchangedSince(OffsetDateTime cutoff, int max) {
    return activeUnchangedSince(
        "r.bookingStatus = :pending and r.approvalType = :manual",
        Map.of("pending", BookingStatus.PENDING, "manual", ApprovalType.MANUAL),
        cutoff,
        max);
  }

  private List<Reservation> activeUnchangedSince(
      String condition, Map<String, Object> parameters, OffsetDateTime cutoff, int max) {
    TypedQuery<Reservation> query =
        em.createQuery(
            "select r from Reservation r where r.active = true and "
                + condition
                + " and r.updatedAt < :cutoff order by r.updatedAt",
            Reservation.class);
    parameters.forEach(query::setParameter);
    return query.setParameter("cutoff", cutoff).setMaxResults(max).getResultList();
  }

  @Override
  public void lockAndRefresh(Reservation reservation) {
    em.lock(reservation, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(reservation);
  }
}
