package com.marketplace.payments.stripe.emulator;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

/**
 * Validates currencies and formats minor-unit amounts for error messages. Amounts stay in minor
 * units everywhere else: for zero-decimal currencies (jpy, krw, ...) the minor unit is the unit.
 */
final class Money {

  private Money() {}

  /** Stripe wants a lowercase ISO 4217 code. */
  static String currency(Params params, String name) {
    String code = params.requiredString(name);
    if (!code.matches("[a-z]{3}") || !isKnown(code)) {
      throw params.invalid(
          "Invalid currency: " + code + ". Use a lowercase three-letter ISO code, e.g. usd.", name);
    }
    return code;
  }

  /** A positive integer amount in the currency's smallest unit. */
  static long amount(Params params, String name) {
    Long amount = params.integer(name);
    if (amount == null) {
      throw StripeApiError.invalidRequest(
          "parameter_missing", "Missing required param: " + name + ".", name);
    }
    if (amount < 1) {
      throw StripeApiError.invalidRequest(
          "amount_too_small", "This value must be greater than or equal to 1.", name);
    }
    return amount;
  }

  /** E.g. {@code $12.50} for 1250 usd or {@code ¥1000} for 1000 jpy, as in Stripe's messages. */
  static String format(long minorUnits, String currency) {
    Currency iso = Currency.getInstance(currency.toUpperCase(Locale.ROOT));
    int digits = Math.max(0, iso.getDefaultFractionDigits());
    BigDecimal major = BigDecimal.valueOf(minorUnits, digits);
    return iso.getSymbol(Locale.US) + major.toPlainString();
  }

  private static boolean isKnown(String code) {
    try {
      Currency.getInstance(code.toUpperCase(Locale.ROOT));
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
