/**
 * Traces through MicroProfile Telemetry (OpenTelemetry) as Payara provides it: whether tracing is
 * on, spans around work Payara does not trace itself (Stripe calls, SQL statements, the outbox
 * relay, message consumers), and the W3C {@code traceparent} that carries a trace through the
 * outbox and JMS.
 */
package com.marketplace.common.tracing;
