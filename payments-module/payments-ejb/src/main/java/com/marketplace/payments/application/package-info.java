/**
 * The payments module's published interface: the only package of payments that other modules
 * (enrollment, booking) and the payment routes they serve ({@code payments.web}) may use, as an
 * ArchUnit rule enforces (docs/conventions.md).
 *
 * <ul>
 *   <li>the order registry SPI: {@link com.marketplace.payments.application.PaymentOrders}
 *       (implemented by each selling module), {@link
 *       com.marketplace.payments.application.PaymentOrderRegistry}, {@link
 *       com.marketplace.payments.application.PayableOrder}, and {@link
 *       com.marketplace.payments.application.PaymentChange} with its own status enum, so no caller
 *       parses a status string;
 *   <li>paying and refunding: {@link com.marketplace.payments.application.Payments} (with {@code
 *       PaymentResult}, {@code PaymentReturn}, {@code PaymentDeclined}) and {@link
 *       com.marketplace.payments.application.Refunds};
 *   <li>the records behind the spec's payment routes: {@code PaymentTicketRecords} and {@code
 *       PaymentCustomers}, with their views ({@code PaymentTicketView}, {@code
 *       PaymentCustomerView}, {@code PaymentMethodView}) and filters; the views carry the published
 *       status enums, which the routes spell ({@code payments.web}), and {@link
 *       com.marketplace.payments.application.ClientWords}, the port through which the use cases
 *       read a client's words.
 * </ul>
 *
 * The services are interfaces; their implementations, and everything else (the payment, refund,
 * webhook and reconciliation steps), are in {@code application.internal}, for the module itself. So
 * {@code internal} depends on this package and never the other way round (ArchUnit).
 */
package com.marketplace.payments.application;
