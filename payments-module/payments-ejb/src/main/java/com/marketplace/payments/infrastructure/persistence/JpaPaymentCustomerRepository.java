package com.marketplace.payments.infrastructure.persistence;

import com.marketplace.payments.domain.PaymentCustomer;
import com.marketplace.payments.domain.PaymentCustomerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaPaymentCustomerRepository implements PaymentCustomerRepository {

  @PersistenceContext(unitName = "payments")
  EntityManager em;

  @Override
  public Optional<String> customerIdOf(UUID tenantId, UUID userId) {
    return em.createQuery(
            "select c.customerId from PaymentCustomer c where c.tenantId = :tenant"
                + " and c.userId = :user",
            String.class)
        .setParameter("tenant", tenantId)
        .setParameter("user", userId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(PaymentCustomer customer) {
    em.persist(customer);
  }

  @Override
  public void flush() {
    em.flush();
  }
}
