package com.marketplace.payments.domain;

import com.marketplace.common.persistence.BaseRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A card a customer used, as may be shown: brand, last digits, expiry. Never its number. */
@Entity
@Table(name = "payment_method", schema = "payments")
public class SavedPaymentMethod extends BaseRecord {

  @Column(name = "user_id", nullable = false, updatable = false)
  private UUID userId;

  @Column(name = "customer_id", nullable = false, updatable = false)
  private String customerId;

  @Column(name = "payment_method_id", nullable = false, updatable = false)
  private String paymentMethodId;

  @Column(name = "platform", nullable = false, updatable = false)
  private String platform;

  @Column(name = "card_holder_name")
  private String cardHolderName;

  @Column(name = "card_holder_zip")
  private String cardHolderZip;

  @Column(name = "brand")
  private String brand;

  @Column(name = "last4")
  private String last4;

  @Column(name = "exp_month")
  private Short expMonth;

  @Column(name = "exp_year")
  private Short expYear;

  /** For JPA. */
  protected SavedPaymentMethod() {}

  public SavedPaymentMethod(
      UUID tenantId,
      UUID userId,
      String customerId,
      String paymentMethodId,
      String platform,
      String cardHolderName,
      String cardHolderZip,
      String brand,
      String last4,
      Long expMonth,
      Long expYear) {
    super(UUID.randomUUID(), tenantId, userId);
    this.userId = userId;
    this.customerId = customerId;
    this.paymentMethodId = paymentMethodId;
    this.platform = platform;
    this.cardHolderName = cardHolderName;
    this.cardHolderZip = cardHolderZip;
    this.brand = brand;
    this.last4 = last4;
    this.expMonth = expMonth == null ? null : expMonth.shortValue();
    this.expYear = expYear == null ? null : expYear.shortValue();
  }

  public String paymentMethodId() {
    return paymentMethodId;
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

  public String cardHolderName() {
    return cardHolderName;
  }

  public String cardHolderZip() {
    return cardHolderZip;
  }

  public String brand() {
    return brand;
  }

  public String last4() {
    return last4;
  }

  public Short expMonth() {
    return expMonth;
  }

  public Short expYear() {
    return expYear;
  }
}
