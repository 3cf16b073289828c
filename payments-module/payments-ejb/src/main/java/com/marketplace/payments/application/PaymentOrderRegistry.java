package com.marketplace.payments.application;

import com.marketplace.common.error.ApiException;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The order types payments can charge for, registered by their owning modules at startup (an EJB
 * reference, so calls carry the transaction). The business modules depend on payments, never the
 * other way round.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PaymentOrderRegistry {

  private final Map<String, PaymentOrders> byType = new ConcurrentHashMap<>();

  /** Registers orders (a plain instance, whose calls join the caller's transaction anyway). */
  public void register(PaymentOrders orders) {
    register(orders.orderType(), orders);
  }

  /**
   * Registers the module's orders under their type. A module passes its bean's business object (so
   * that calls go through the container and join the caller's transaction) and names the type
   * itself: calling the business object from its own initialization would be a loopback.
   */
  public void register(String orderType, PaymentOrders orders) {
    byType.put(orderType, orders);
  }

  public PaymentOrders of(String orderType) {
    PaymentOrders orders = byType.get(orderType);
    if (orders == null) {
      throw ApiException.badRequest("errMsg_orderTypeUnknown", "No order type " + orderType);
    }
    return orders;
  }
}
