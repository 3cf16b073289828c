/**
 * The booking domain: reservations and their state machine, the stay, price and policies they are
 * booked under, the calendar holds that keep stays apart, payment records and disputes. No web,
 * persistence-provider or gateway types here.
 */
package com.marketplace.booking.domain;
