package com.marketplace.payments.application;

import com.marketplace.common.money.Money;
import java.util.UUID;

/**
 * An order as its owning module describes it to payments: the amount comes from here, on the
 * server, never from a client's request.
 *
 * @param payable whether the order may be paid now (e.g. not canceled, not already paid)
 */
public record PayableOrder(
    UUID orderId, UUID ownerId, Money amount, String description, boolean payable) {}
