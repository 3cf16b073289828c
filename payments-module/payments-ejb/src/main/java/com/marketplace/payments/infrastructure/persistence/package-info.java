/**
 * JPA behind payments' repositories ({@code Jpa<Aggregate>Repository}) and the read sides of its
 * routes ({@code Jpa<Thing>Queries}): every JPQL and SQL statement of the module. What the database
 * guarantees is decided here, unchanged from when the use cases held the statements: the row locks
 * of a ticket being written ({@code FOR UPDATE}), the unique indexes of one attempt in flight per
 * ticket and of each refund number once per ticket (refusals answered as {@code false}), and the
 * conditional insert that records a webhook event once.
 */
package com.marketplace.payments.infrastructure.persistence;
