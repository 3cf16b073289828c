package com.marketplace.payments.infrastructure.persistence;

import com.marketplace.payments.domain.SavedPaymentMethod;
import com.marketplace.payments.domain.SavedPaymentMethodRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaSavedPaymentMethodRepository implements SavedPaymentMethodRepository {

  @PersistenceContext(unitName = "payments")
  EntityManager em;

  @Override
  public Optional<String> latestOf(UUID tenantId, UUID userId) {
    return em.createQuery(
            "select m.paymentMethodId from SavedPaymentMethod m where m.tenantId = :tenant"
                + " and m.userId = :user and m.active = true order by m.createdAt desc",
            String.class)
        .setParameter("tenant", tenantId)
        .setParameter("user", userId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public boolean known(UUID tenantId, String paymentMethodId) {
    return !em.createQuery(
            "select m.id from SavedPaymentMethod m where m.tenantId = :tenant"
                + " and m.paymentMethodId = :method",
            UUID.class)
        .setParameter("tenant", tenantId)
        .setParameter("method", paymentMethodId)
        .getResultList()
        .isEmpty();
  }

  @Override
  public boolean savedTo(UUID tenantId, String customerId, String paymentMethodId) {
    return !em.createQuery(
            "select m.id from SavedPaymentMethod m where m.tenantId = :tenant"
                + " and m.customerId = :customer and m.paymentMethodId = :method"
                + " and m.active = true",
            UUID.class)
        .setParameter("tenant", tenantId)
        .setParameter("customer", customerId)
        .setParameter("method", paymentMethodId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void add(SavedPaymentMethod method) {
    em.persist(method);
  }

  @Override
  public void flush() {
    em.flush();
  }
}
