/**
 * What the payment routes the spec gives each business module's API do: its order kind's payment
 * tickets ({@link com.marketplace.payments.web.PaymentTicketRoutes}) and the payment customers and
 * their cards ({@link com.marketplace.payments.web.PaymentCustomerRoutes}). Each module's own
 * resource classes name the paths; everything goes through {@code
 * com.marketplace.payments.application}.
 */
package com.marketplace.payments.web;
