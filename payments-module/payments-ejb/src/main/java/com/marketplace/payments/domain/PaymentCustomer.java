package com.marketplace.payments.domain;

import com.marketplace.common.persistence.BaseRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A user's customer record at the payment platform: one per tenant and user. */
@Entity
@Table(name = "payment_customer", schema = "payments")
public class PaymentCustomer extends BaseRecord {

  @Column(name = "user_id", nullable = false, updatable = false)
  private UUID userId;

  @Column(name = "customer_id", nullable = false)
  private String customerId;

  @Column(name = "platform", nullable = false)
  private String platform;

  /** For JPA. */
  protected PaymentCustomer() {}

  public PaymentCustomer(UUID tenantId, UUID userId, String customerId, String platform) {
    super(UUID.randomUUID(), tenantId, userId);
    this.userId = userId;
    this.customerId = customerId;
    this.platform = platform;
  }

  public UUID userId() {
    return userId;
  }

  public String customerId() {
    return customerId;
  }

  public String platform() {
    return platform;
  }
}
