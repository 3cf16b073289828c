package com.marketplace.booking.application.payment;

import com.marketplace.payments.application.PaymentOrderRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

/**
 * Registers {@link ReservationOrders} with payments at startup, as the container's proxy rather
 * than the bean itself: payments then calls through the container, so each call runs as this
 * module's component, whose persistence unit is visible only from here. (The bean cannot register
 * its own proxy while it is being created: the registry's call back would be a loopback.)
 */
@Singleton
@Startup
public class ReservationOrdersRegistration {

  @EJB PaymentOrderRegistry registry;
  @EJB ReservationOrders orders;

  @PostConstruct
  void register() {
    registry.register(orders);
  }
}
