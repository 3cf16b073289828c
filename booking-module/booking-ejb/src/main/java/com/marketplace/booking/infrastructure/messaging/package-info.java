/** JMS consumers of the booking module: reference data pushed by the upstream services. */
package com.marketplace.booking.infrastructure.messaging;
