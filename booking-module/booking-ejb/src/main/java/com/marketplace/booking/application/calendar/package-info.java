/**
 * Calendars: external calendars imported by URL or upload (and their scheduled sync), the feeds the
 * module publishes, and the calendar holds that keep nights taken.
 */
package com.marketplace.booking.application.calendar;
