package com.marketplace.booking.application;

import com.marketplace.common.messaging.TransactionConnection;

/** The connection of the current transaction as booking's persistence context holds it. */
public interface BookingTransaction extends TransactionConnection {}
