package com.marketplace.booking.domain;

/** A busy period read from an external calendar: the nights it blocks, and what it said. */
public record CalendarEvent(StayPeriod nights, String uid, String summary) {}
