package com.marketplace.common.messaging;

import java.sql.Connection;

/**
 * The JDBC connection the caller's JTA transaction already uses, as a module's persistence context
 * holds it ({@code EntityManager.unwrap(Connection.class)}), so that an outbox row is written
 * beside the business change on that very connection. The caller never closes it.
 *
 * <p>Why not {@code DataSource.getConnection()}: Payara shares a transaction's non-XA connection
 * with a second caller only while nobody holds it, and EclipseLink holds it until the commit. So
 * the pool checked out (and validated) a second connection only to swap the transaction's one in: a
 * round trip per transaction, and with the pool exhausted a request holding one connection while it
 * waited for another (docs/messaging-outbox.md).
 */
@FunctionalInterface
public interface TransactionConnection {

  /** The transaction's connection; only valid within the caller's JTA transaction. */
  Connection current();
}
