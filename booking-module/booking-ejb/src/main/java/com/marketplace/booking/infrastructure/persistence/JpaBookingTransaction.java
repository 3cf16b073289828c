package com.marketplace.booking.infrastructure.persistence;

import com.marketplace.booking.application.BookingTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;

/**
 * EclipseLink answers {@code unwrap(Connection.class)} within a JTA transaction with the connection
 * its unit of work holds (taking it from the pool first if it had none yet).
 */
@ApplicationScoped
public class JpaBookingTransaction implements BookingTransaction {

  @PersistenceContext(unitName = "booking")
  EntityManager em;

  @Override
  public Connection current() {
    return em.unwrap(Connection.class);
  }
}
