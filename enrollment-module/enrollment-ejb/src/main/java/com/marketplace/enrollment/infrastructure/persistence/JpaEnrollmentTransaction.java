package com.marketplace.enrollment.infrastructure.persistence;

import com.marketplace.enrollment.application.enrollment.EnrollmentTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;

/**
 * EclipseLink answers {@code unwrap(Connection.class)} within a JTA transaction with the connection
 * its unit of work holds (taking it from the pool first if it had none yet).
 */
@ApplicationScoped
public class JpaEnrollmentTransaction implements EnrollmentTransaction {

  @PersistenceContext(unitName = "enrollment")
  EntityManager em;

  @Override
  public Connection current() {
    return em.unwrap(Connection.class);
  }
}
