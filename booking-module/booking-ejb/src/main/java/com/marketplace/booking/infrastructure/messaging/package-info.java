/**
 * JMS of the booking module: the consumer of reference data pushed by the upstream services, and
 * the sweep of its event outbox.
 */
package com.marketplace.booking.infrastructure.messaging;
