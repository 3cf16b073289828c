package com.marketplace.payments.infrastructure.persistence;

import com.marketplace.payments.domain.WebhookEventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** {@code payments.processed_webhook_event}, written with SQL: it has no entity. */
@ApplicationScoped
public class JpaWebhookEventRepository implements WebhookEventRepository {

  @PersistenceContext(unitName = "payments")
  EntityManager em;

  @Override
  public boolean processed(String eventId) {
    return !em.createNativeQuery(
            "select 1 from payments.processed_webhook_event where event_id = ?1")
        .setParameter(1, eventId)
        .getResultList()
        .isEmpty();
  }

  @Override
  public boolean recordFirst(String eventId, String eventType, String outcome) {
    return em.createNativeQuery(
                "insert into payments.processed_webhook_event (event_id, event_type, outcome)"
                    + " values (?1, ?2, ?3) on conflict do nothing")
            .setParameter(1, eventId)
            .setParameter(2, eventType)
            .setParameter(3, outcome)
            .executeUpdate()
        == 1;
  }

  @Override
  public void outcome(String eventId, String outcome) {
    em.createNativeQuery(
            "update payments.processed_webhook_event set outcome = ?2 where event_id = ?1")
        .setParameter(1, eventId)
        .setParameter(2, outcome)
        .executeUpdate();
  }
}
