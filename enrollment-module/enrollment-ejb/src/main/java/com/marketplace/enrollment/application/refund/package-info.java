/**
 * Refund requests: a student's request judged by the refund policy, an admin's refund, an admin's
 * decision on a pending request.
 */
package com.marketplace.enrollment.application.refund;
