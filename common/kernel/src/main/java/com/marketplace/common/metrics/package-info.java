/**
 * The platform's own metrics, in the application registry of MicroProfile Metrics (Payara serves
 * them at {@code /metrics} in Prometheus text). Names and tags: docs/operating.md.
 */
package com.marketplace.common.metrics;
