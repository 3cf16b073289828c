package com.marketplace.common.web;

/**
 * A JSON number judged by its text alone, before anything makes a {@code BigDecimal} of it. {@code
 * 1E-10000000} is 11 bytes, but scaling it (as turning major into minor units does) costs seconds
 * of CPU: such a number must be refused without a single arithmetic step.
 */
final class NumberLiteral {

  private static final int MAX_EXPONENT_DIGITS = 9;

  private NumberLiteral() {}

  /**
   * Why {@code literal} (a well-formed JSON number) is out of bounds, or null when it is within: at
   * most {@code maxDigits} significant digits (precision), and when written out in full at most
   * {@code maxDigits} decimal places (scale) and at most {@code maxDigits} digits before the
   * decimal point (magnitude).
   */
  static String problem(String literal, int maxDigits) {
    int i = literal.startsWith("-") ? 1 : 0;
    int integerStart = i;
    while (i < literal.length() && isDigit(literal.charAt(i))) {
      i++;
    }
    String integer = literal.substring(integerStart, i);
    String fraction = "";
    if (i < literal.length() && literal.charAt(i) == '.') {
      int fractionStart = ++i;
      while (i < literal.length() && isDigit(literal.charAt(i))) {
        i++;
      }
      fraction = literal.substring(fractionStart, i);
    }
    int significant = stripLeadingZeros(integer + fraction).length();
    if (significant > maxDigits) {
      return "has more than " + maxDigits + " digits";
    }
    long exponent = 0;
    if (i < literal.length()) { // 'e' or 'E', then an optional sign and digits
      String digits = stripLeadingZeros(literal.substring(i + 1).replaceFirst("^[+-]", ""));
      if (digits.length() > MAX_EXPONENT_DIGITS) {
        return "has an exponent out of range";
      }
      exponent = Long.parseLong(digits.isEmpty() ? "0" : digits);
      if (literal.charAt(i + 1) == '-') {
        exponent = -exponent;
      }
    }
    long decimalPlaces = fraction.length() - exponent;
    if (decimalPlaces > maxDigits) {
      return "has more than " + maxDigits + " decimal places";
    }
    if (decimalPlaces < -maxDigits || significant > 0 && significant - decimalPlaces > maxDigits) {
      return "has more than " + maxDigits + " digits before the decimal point";
    }
    return null;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static String stripLeadingZeros(String digits) {
    int i = 0;
    while (i < digits.length() && digits.charAt(i) == '0') {
      i++;
    }
    return digits.substring(i);
  }
}
