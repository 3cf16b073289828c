package com.marketplace.booking.domain;

/**
 * An enum of the spec: stored and shown as its lower-case {@code literal}, with its position in the
 * spec's table as the {@code _idx} field beside it.
 */
public interface SpecValue {

  /** The spec's value, e.g. {@code confirmed}. */
  String literal();

  /** The spec's index of the value, e.g. 1 for {@code confirmed}. */
  int idx();

  /** The value of {@code type} whose literal is {@code literal}; null for null. */
  static <E extends Enum<E> & SpecValue> E of(Class<E> type, String literal) {
    if (literal == null) {
      return null;
    }
    for (E candidate : type.getEnumConstants()) {
      if (candidate.literal().equals(literal)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("Not a " + type.getSimpleName() + ": " + literal);
  }
}
