package com.marketplace.common.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.Set;

/**
 * An amount in the minor units of its ISO 4217 currency (cents, or yen for zero-decimal
 * currencies), as Stripe counts it. Never a double: the JSON contract may show a number, but the
 * arithmetic is on whole minor units.
 */
public record Money(long amountMinor, Currency currency) {

  /**
   * Currencies Stripe treats as zero-decimal whatever ISO 4217 says (e.g. HUF and TWD have two ISO
   * decimals but are charged in whole units). See Stripe's "zero-decimal currencies".
   */
  private static final Set<String> STRIPE_ZERO_DECIMAL =
      Set.of(
          "BIF", "CLP", "DJF", "GNF", "JPY", "KMF", "KRW", "MGA", "PYG", "RWF", "UGX", "VND", "VUV",
          "XAF", "XOF", "XPF");

  /** More decimal places than any real amount needs, few enough to make arithmetic cheap. */
  private static final int MAX_SCALE = 40;

  public Money {
    Objects.requireNonNull(currency, "currency");
    if (amountMinor < 0) {
      throw new IllegalArgumentException("A negative amount: " + amountMinor);
    }
  }

  public static Money ofMinor(long amountMinor, String currencyCode) {
    return new Money(amountMinor, currency(currencyCode));
  }

  /** From a major-unit amount such as 120.50 EUR; refuses more decimals than the currency has. */
  public static Money ofMajor(BigDecimal amount, String currencyCode) {
    Currency currency = currency(currencyCode);
    requireBounded(amount, currency);
    try {
      BigDecimal minor =
          amount.movePointRight(decimals(currency)).setScale(0, RoundingMode.UNNECESSARY);
      return new Money(minor.longValueExact(), currency);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          amount + " has more decimals than " + currency.getCurrencyCode() + " allows", e);
    }
  }

  /**
   * Refuses, before any arithmetic, an amount that no currency has: scaling {@code 1E-10000000} to
   * minor units would cost seconds of CPU, and its answer would be a refusal anyway. Reads only the
   * scale and the bit length, which cost nothing whatever the number.
   */
  private static void requireBounded(BigDecimal amount, Currency currency) {
    int scale = amount.scale();
    if (scale > MAX_SCALE || scale < -MAX_SCALE || amount.unscaledValue().bitLength() > 128) {
      throw new IllegalArgumentException(
          "Not an amount of " + currency.getCurrencyCode() + ": out of range");
    }
  }

  /** The amount in major units, e.g. 120.50 for 12050 EUR cents. */
  public BigDecimal toMajor() {
    return BigDecimal.valueOf(amountMinor, decimals(currency));
  }

  public boolean isGreaterThan(Money other) {
    requireSameCurrency(other);
    return amountMinor > other.amountMinor;
  }

  /** Stripe's lower-case currency code. */
  public String stripeCurrency() {
    return currency.getCurrencyCode().toLowerCase();
  }

  static int decimals(Currency currency) {
    return STRIPE_ZERO_DECIMAL.contains(currency.getCurrencyCode())
        ? 0
        : Math.max(currency.getDefaultFractionDigits(), 0);
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(currency + " and " + other.currency + " do not mix");
    }
  }

  private static Currency currency(String code) {
    if (code == null || !code.matches("[A-Za-z]{3}")) {
      throw new IllegalArgumentException("Not an ISO 4217 currency code: " + code);
    }
    return Currency.getInstance(code.toUpperCase());
  }
}
