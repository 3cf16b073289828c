/**
 * The booking module's use cases, one subpackage per aggregate: {@code reservation} (booking,
 * changing and cancelling stays, the jobs that complete or expire them), {@code payment} (paying
 * for a reservation, payment records), {@code dispute}, {@code calendar} (imported and published
 * calendars, their sync job) and {@code listing} (the listing and user-profile projections). Each
 * use-case service is a bean whose methods are one transaction each. What they all share stays
 * here: the module's journal of transitions and its JSON column helper.
 */
package com.marketplace.booking.application;
