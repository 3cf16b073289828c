package com.marketplace.booking.infrastructure.persistence;

import com.marketplace.booking.domain.PaymentRecord;
import com.marketplace.booking.domain.PaymentRecordRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaPaymentRecordRepository implements PaymentRecordRepository {

  @PersistenceContext(unitName = "booking")
  EntityManager em;

  @Override
  public Optional<PaymentRecord> find(UUID id) {
    return Optional.ofNullable(em.find(PaymentRecord.class, id));
  }

  @Override
  public void add(PaymentRecord record) {
    em.persist(record);
  }

  @Override
  public void flush() {
    em.flush();
  }

  @Override
  public Optional<PaymentRecord> latestRefundOf(UUID reservationId) {
    return em.createQuery(
            "select p from PaymentRecord p where p.reservationId = :reservation"
                + " and p.origin = 'refund' order by p.createdAt desc",
            PaymentRecord.class)
        .setParameter("reservation", reservationId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
