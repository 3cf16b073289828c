/**
 * The booking module's use cases, one subpackage per aggregate: {@code reservation} (booking,
 * changing and cancelling stays, the jobs that complete or expire them), {@code payment} (paying
 * for a reservation, payment records), {@code dispute}, {@code calendar} (imported and published
 * calendars, their sync job) and {@code listing} (the listing and user-profile projections). Each
 * use-case service is a bean whose methods are one transaction each. What several of them share
 * stays here: the module's journal of transitions, who may see a reservation ({@code
 * ReservationAccess}) and the JSON column helper. The use-case packages depend on one another in
 * one direction only (reservation on calendar and listing; payment on reservation; dispute on
 * payment and reservation): ArchUnit fails the build on a cycle.
 */
package com.marketplace.booking.application;
