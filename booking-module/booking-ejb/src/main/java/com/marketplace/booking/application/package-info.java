/**
 * The booking module's use cases, one stateless bean per area (reservations, cancellations,
 * payments, payment records, disputes, reference data), each method one transaction.
 */
package com.marketplace.booking.application;
