/**
 * The enrollment module's use cases, one package per use case: {@code enrollment} (enrolling,
 * cancelling, the lifecycle jobs), {@code refund} (refund requests), {@code payment} (paying
 * through the payments module), {@code reference} (the projection of upstream reference data) and
 * {@code query} (the read routes and their joins). Persistence goes through the repositories
 * declared in {@code enrollment.domain}; nothing here touches an EntityManager or JPQL
 * (docs/conventions.md).
 */
package com.marketplace.enrollment.application;
