package com.marketplace.common.persistence;

import com.marketplace.common.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * {@link Money} as a row holds it: whole minor units beside the ISO 4217 code, two columns an
 * entity names with {@code @AttributeOverride}s (the defaults {@code amount_minor} and {@code
 * currency} are payments' own).
 *
 * <p>A class, not the {@code Money} record itself: JPA 3.1 (EclipseLink 4) cannot embed records.
 * Entities keep it private and answer {@code Money}; it never holds a double, and it is never
 * changed in place (a new one replaces it), so two entities never share a mutable amount.
 */
@Embeddable
public class StoredMoney {

  @Column(name = "amount_minor", nullable = false)
  private long amountMinor;

  /** {@code char(3)} in every schema: read back padded, so it is trimmed on the way out. */
  @Column(name = "currency", nullable = false)
  private String currency;

  /** For JPA. */
  protected StoredMoney() {}

  private StoredMoney(long amountMinor, String currency) {
    this.amountMinor = amountMinor;
    this.currency = currency;
  }

  public static StoredMoney of(Money money) {
    return new StoredMoney(money.amountMinor(), money.currency().getCurrencyCode());
  }

  /**
   * Minor units of a currency code exactly as the caller has it: the columns' CHECK constraints
   * (three upper-case letters, amounts ≥ 0) judge it, as they did before it was embedded.
   */
  public static StoredMoney of(long amountMinor, String currencyCode) {
    return new StoredMoney(amountMinor, currencyCode);
  }

  public Money money() {
    return Money.ofMinor(amountMinor, currencyCode());
  }

  /** Another amount in the same currency, as minor units (a sibling column of the same row). */
  public Money same(long otherMinor) {
    return Money.ofMinor(otherMinor, currencyCode());
  }

  public long amountMinor() {
    return amountMinor;
  }

  public String currencyCode() {
    return currency == null ? null : currency.trim();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StoredMoney that
        && amountMinor == that.amountMinor
        && Objects.equals(currencyCode(), that.currencyCode());
  }

  @Override
  public int hashCode() {
    return Objects.hash(amountMinor, currencyCode());
  }

  @Override
  public String toString() {
    return amountMinor + " " + currencyCode() + " (minor units)";
  }
}
