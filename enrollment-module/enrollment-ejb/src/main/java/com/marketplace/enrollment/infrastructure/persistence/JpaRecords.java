package com.marketplace.enrollment.infrastructure.persistence;

import com.marketplace.common.persistence.BaseRecord;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What every JPA repository of the module shares: the persistence unit, and reads that are
 * tenant-scoped (a record of another tenant is never found). Runs in the caller's transaction.
 */
public abstract class JpaRecords<T extends BaseRecord> {

  @PersistenceContext(unitName = "enrollment")
  EntityManager em;

  private final Class<T> type;

  JpaRecords(Class<T> type) {
    this.type = type;
  }

  public Optional<T> find(UUID tenantId, UUID id) {
    return find(tenantId, id, LockModeType.NONE);
  }

  Optional<T> find(UUID tenantId, UUID id, LockModeType lock) {
    return Optional.ofNullable(em.find(type, id, lock))
        .filter(row -> row.tenantId().equals(tenantId));
  }

  public Optional<T> findInAnyTenant(UUID id) {
    return Optional.ofNullable(em.find(type, id));
  }

  List<T> listByIds(UUID tenantId, Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select r from "
                + em.getMetamodel().entity(type).getName()
                + " r where r.tenantId = :tenant and r.id in :ids",
            type)
        .setParameter("tenant", tenantId)
        .setParameter("ids", ids)
        .getResultList();
  }

  Map<UUID, T> mapByIds(UUID tenantId, Collection<UUID> ids) {
    return index(listByIds(tenantId, ids), BaseRecord::id);
  }

  void persist(T row) {
    em.persist(row);
  }

  public void flush() {
    em.flush();
  }

  static <R> Map<UUID, R> index(List<R> rows, Function<R, UUID> key) {
    return rows.stream().collect(Collectors.toMap(key, row -> row));
  }
}
