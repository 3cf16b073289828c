package com.marketplace.it.shop;

import com.marketplace.common.money.Money;
import com.marketplace.payments.application.PayableOrder;
import com.marketplace.payments.application.PaymentChange;
import com.marketplace.payments.application.PaymentOrderRegistry;
import com.marketplace.payments.application.PaymentOrders;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Orders kept in memory, and every payment change payments reported for them. */
@Singleton
@LocalBean // it implements PaymentOrders, which would otherwise be its only view
@Startup
public class ProbeShop implements PaymentOrders {

  public static final String ORDER_TYPE = "probeOrder";

  private final Map<UUID, PayableOrder> orders = new ConcurrentHashMap<>();
  private final Map<UUID, List<String>> changes = new ConcurrentHashMap<>();
  private final Map<UUID, Long> slowness = new ConcurrentHashMap<>();
  private final Map<UUID, AtomicInteger> failures = new ConcurrentHashMap<>();

  @EJB PaymentOrderRegistry registry;

  @PostConstruct
  void register() {
    registry.register(this);
  }

  /**
   * @param reactionMillis how long this module takes to react to a payment change: long enough, and
   *     Stripe's webhook arrives while the request that charged the card is still open
   */
  public UUID open(UUID owner, Money amount, long reactionMillis) {
    UUID id = UUID.randomUUID();
    orders.put(id, new PayableOrder(id, owner, amount, "probe order", true));
    slowness.put(id, reactionMillis);
    return id;
  }

  /** The next {@code times} reactions to this order's payment changes fail (and roll back). */
  public void failNextReactions(UUID orderId, int times) {
    failures.put(orderId, new AtomicInteger(times));
  }

  public List<String> changesOf(UUID orderId) {
    return changes.getOrDefault(orderId, List.of());
  }

  @Override
  public String orderType() {
    return ORDER_TYPE;
  }

  @Override
  public Optional<PayableOrder> find(UUID tenantId, UUID orderId) {
    return Optional.ofNullable(orders.get(orderId));
  }

  @Override
  public void paymentChanged(PaymentChange change) {
    AtomicInteger failing = failures.get(change.orderId());
    if (failing != null && failing.getAndDecrement() > 0) {
      throw new IllegalStateException("injected failure of the order module's reaction");
    }
    try {
      Thread.sleep(slowness.getOrDefault(change.orderId(), 0L));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    changes
        .computeIfAbsent(change.orderId(), id -> new CopyOnWriteArrayList<>())
        .add(
            change.disputeStatus() == null
                ? literal(change.status())
                : literal(change.status()) + "/dispute:" + change.disputeStatus().stripeName());
  }

  /** The status as the spec's statusLiteral spells it, as the tests compare it. */
  private static String literal(PaymentChange.Status status) {
    return switch (status) {
      case PENDING -> "pending";
      case REQUIRES_ACTION -> "requiresAction";
      case PROCESSING -> "processing";
      case PAID -> "paid";
      case PARTIALLY_REFUNDED -> "partiallyRefunded";
      case REFUNDED -> "refunded";
      case CANCELED -> "canceled";
    };
  }
}
