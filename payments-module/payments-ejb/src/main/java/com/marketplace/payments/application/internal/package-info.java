/**
 * The payments module's own workings behind its published interface ({@code payments.application}):
 * the steps of a payment, a refund, a webhook and a reconciliation, each a small resumable process
 * (intent committed, Stripe called outside any transaction, outcome applied), and the
 * implementations of the published services ({@code DefaultPayments}, {@code DefaultRefunds},
 * {@code DefaultPaymentTicketRecords}, {@code DefaultPaymentCustomers}). The database is reached
 * through the domain's repositories and this package's queries interfaces, implemented in {@code
 * infrastructure.persistence}. Only the payments module uses this package; other modules may not
 * (ArchUnit).
 */
package com.marketplace.payments.application.internal;
