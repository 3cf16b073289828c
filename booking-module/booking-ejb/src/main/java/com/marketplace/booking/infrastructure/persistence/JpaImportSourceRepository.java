package com.marketplace.booking.infrastructure.persistence;

import com.marketplace.booking.domain.ImportSource;
import com.marketplace.booking.domain.ImportSourceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaImportSourceRepository implements ImportSourceRepository {

  @PersistenceContext(unitName = "booking")
  EntityManager em;

  @Override
  public Optional<ImportSource> find(UUID id) {
    return Optional.ofNullable(em.find(ImportSource.class, id));
  }

  @Override
  public void add(ImportSource source) {
    em.persist(source);
  }

  @Override
  public List<ImportSource> ofListing(UUID tenantId, UUID listingId) {
    return em.createQuery(
            "select s from ImportSource s where s.tenantId = :tenant and s.listingId = :listing"
                + " order by s.createdAt",
            ImportSource.class)
        .setParameter("tenant", tenantId)
        .setParameter("listing", listingId)
        .getResultList();
  }

  @Override
  public List<UUID> activeUrlSourceIds() {
    return em.createQuery(
            "select s.id from ImportSource s where s.active = true and s.kind = 'url'", UUID.class)
        .getResultList();
  }
}
