package com.marketplace.enrollment.application.enrollment;

import com.marketplace.common.messaging.TransactionConnection;

/** The connection of the current transaction as enrollment's persistence context holds it. */
public interface EnrollmentTransaction extends TransactionConnection {}
