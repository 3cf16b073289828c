package com.marketplace.platform.audit;

import com.marketplace.common.api.Page;
import com.marketplace.common.api.PageRequest;
import com.marketplace.common.audit.AuditEntry;
import com.marketplace.common.audit.AuditEvent;
import com.marketplace.common.audit.AuditQuery;
import com.marketplace.common.audit.AuditTrail;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Typed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The audit trail in {@code platform.audit_event}. */
@Stateless
@Typed // reached through the kernel's PlatformServices, see there
@Local(AuditTrail.class)
public class JpaAuditTrail implements AuditTrail {

  @PersistenceContext(unitName = "platform")
  EntityManager em;

  @Override
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void record(AuditEntry entry) {
    em.persist(new AuditEventRow(entry));
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Page<AuditEvent> find(UUID tenantId, AuditQuery query, PageRequest page) {
    Map<String, Object> params = new HashMap<>();
    String where = where(tenantId, query, params);
    TypedQuery<AuditEventRow> rows =
        em.createQuery(
            "select e from AuditEventRow e where " + where + " order by e.occurredAt desc, e.id",
            AuditEventRow.class);
    TypedQuery<Long> total =
        em.createQuery("select count(e) from AuditEventRow e where " + where, Long.class);
    params.forEach(
        (name, value) -> {
          rows.setParameter(name, value);
          total.setParameter(name, value);
        });
    if (!page.all()) {
      rows.setFirstResult(page.offset()).setMaxResults(page.size());
    }
    List<AuditEvent> events = rows.getResultList().stream().map(AuditEventRow::toEvent).toList();
    return new Page<>(events, page, total.getSingleResult());
  }

  private static String where(UUID tenantId, AuditQuery query, Map<String, Object> params) {
    List<String> clauses = new ArrayList<>(List.of("e.tenantId = :tenantId"));
    params.put("tenantId", tenantId);
    add(clauses, params, "e.objectType = :objectType", "objectType", query.objectType());
    add(clauses, params, "e.objectId = :objectId", "objectId", query.objectId());
    add(clauses, params, "e.actorId = :actorId", "actorId", query.actorId());
    add(clauses, params, "e.field = :field", "field", query.field());
    add(clauses, params, "e.occurredAt >= :from", "from", query.from());
    add(clauses, params, "e.occurredAt < :to", "to", query.to());
    return String.join(" and ", clauses);
  }

  private static void add(
      List<String> clauses, Map<String, Object> params, String clause, String name, Object value) {
    if (value != null) {
      clauses.add(clause);
      params.put(name, value);
    }
  }
}
