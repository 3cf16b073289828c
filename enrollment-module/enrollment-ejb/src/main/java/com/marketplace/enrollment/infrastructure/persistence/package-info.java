/**
 * The JPA repositories of the enrollment module's aggregates ({@code Jpa<Aggregate>Repository},
 * each implementing the {@code <Aggregate>Repository} interface of {@code enrollment.domain}), on
 * the {@code enrollment} persistence unit. The database-enforced invariants live here: the
 * conditional updates that book lesson slots, the row lock of a written enrollment, the unique key
 * of one refund request per enrollment.
 */
package com.marketplace.enrollment.infrastructure.persistence;
