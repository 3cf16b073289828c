/**
 * Gauges of this node's database connections, read from PostgreSQL's {@code pg_stat_activity}
 * (Payara 6.2025.9 has no usable figures for the application's pool: docs/observability.md).
 */
package com.marketplace.platform.metrics;
