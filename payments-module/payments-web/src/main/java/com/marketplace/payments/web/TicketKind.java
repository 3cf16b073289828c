package com.marketplace.payments.web;

/**
 * One order kind's payment tickets as a module's API names them, e.g. {@code enrollment} with
 * {@code sys_enrollmentPayment} and {@code sys_enrollmentPayments}.
 */
public record TicketKind(String orderType, String dataName, String listDataName) {}
