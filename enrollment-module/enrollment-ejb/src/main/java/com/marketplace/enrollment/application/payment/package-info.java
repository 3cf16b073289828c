/**
 * Paying for an enrollment through the payments module: the payment flow, and the order registry's
 * view of enrollments (what to charge, what a payment change means).
 */
package com.marketplace.enrollment.application.payment;
