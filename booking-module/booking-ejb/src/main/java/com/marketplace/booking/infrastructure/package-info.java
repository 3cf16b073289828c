/**
 * Schema migration, persistence (JPA repositories and queries), iCalendar and messaging of the
 * booking module.
 */
package com.marketplace.booking.infrastructure;
