/**
 * The payment routes the spec gives each business module's API: its order kind's payment tickets
 * ({@link com.marketplace.payments.web.PaymentTicketRoutes}, behind each module's own paths) and
 * the payment customers and their cards ({@link
 * com.marketplace.payments.web.PaymentCustomerResource}). All of them go through {@code
 * com.marketplace.payments.application}.
 */
package com.marketplace.payments.web;
