package com.marketplace.platform.retention;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;

/**
 * Deletes expired rows one batch per transaction, so that a large backlog never holds many row
 * locks or a long transaction on tables the request paths write to.
 */
@Stateless
public class RetentionSweep {

  @PersistenceContext(unitName = "platform")
  EntityManager em;

  /** Deletes up to {@code batchSize} rows of {@code table} older than {@code window}. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int deleteBatch(RetainedTable table, Duration window, int batchSize) {
    return em.createNativeQuery(table.deleteBatchSql())
        .setParameter(1, (double) window.toSeconds())
        .setParameter(2, batchSize)
        .executeUpdate();
  }
}
