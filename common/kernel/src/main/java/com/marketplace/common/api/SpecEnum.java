package com.marketplace.common.api;

import com.marketplace.common.error.ApiException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * An enum of the API contract: shown as its {@link #value()} (e.g. {@code notRequested}) beside an
 * {@code _idx} field holding its index in the spec's option list, which is the declaration order.
 */
public interface SpecEnum {

  /** The spec's name of this option. */
  String value();

  /** The spec's index of this option. */
  default int idx() {
    return ((Enum<?>) this).ordinal();
  }

  /** The option a stored {@code value} names (null for null); an unknown one is a bug. */
  static <E extends Enum<E> & SpecEnum> E byValue(Class<E> type, String value) {
    if (value == null) {
      return null;
    }
    for (E option : type.getEnumConstants()) {
      if (option.value().equals(value)) {
        return option;
      }
    }
    throw new IllegalStateException("Stored " + type.getSimpleName() + " is unknown: " + value);
  }

  /** The option named {@code value}, or a 400 naming {@code field} and the allowed values. */
  static <E extends Enum<E> & SpecEnum> E parse(Class<E> type, String field, String value) {
    if (value == null) {
      return null;
    }
    for (E option : type.getEnumConstants()) {
      if (option.value().equals(value)) {
        return option;
      }
    }
    throw ApiException.badRequest(
        "errMsg_" + field + "IsNotValid",
        field
            + " must be one of "
            + Arrays.stream(type.getEnumConstants())
                .map(SpecEnum::value)
                .collect(Collectors.joining(", ")));
  }
}
