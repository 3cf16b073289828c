package com.marketplace.booking.infrastructure.persistence;

import com.marketplace.booking.domain.Dispute;
import com.marketplace.booking.domain.DisputeAlreadyOpen;
import com.marketplace.booking.domain.DisputeRepository;
import com.marketplace.common.persistence.SqlStates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.Optional;
import java.util.UUID;

/** Disputes in {@code booking.dispute}, whose partial unique index allows one unsettled each. */
@ApplicationScoped
public class JpaDisputeRepository implements DisputeRepository {

  @PersistenceContext(unitName = "booking")
  EntityManager em;

  @Override
  public Optional<Dispute> find(UUID id) {
    return Optional.ofNullable(em.find(Dispute.class, id));
  }

  @Override
  public void open(Dispute dispute) {
    em.persist(dispute);
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (SqlStates.causedBy(e, SqlStates.UNIQUE_VIOLATION)) {
        throw new DisputeAlreadyOpen(e);
      }
      throw e;
    }
  }
}
