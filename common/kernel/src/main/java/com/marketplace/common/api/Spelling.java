package com.marketplace.common.api;

import com.marketplace.common.error.ApiException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How the spec spells the options of one enum: each option's literal (e.g. {@code notRequested})
 * and its {@code _idx}, its position in the spec's option list. It belongs to the API layer (the
 * resources and the message listeners that read the spec's words); the domain's enums carry no
 * spelling, so renaming or reordering a constant never changes the wire.
 *
 * @param <E> the enum spelled
 */
public final class Spelling<E extends Enum<E>> {

  private final Class<E> type;
  private final List<E> inSpecOrder;
  private final Map<E, String> literals;

  private Spelling(Class<E> type, List<E> inSpecOrder, Map<E, String> literals) {
    this.type = type;
    this.inSpecOrder = inSpecOrder;
    this.literals = literals;
  }

  /**
   * The spelling of {@code type}: every option once, with its literal, in the spec's order (which
   * gives each its {@code _idx}); two options may not share a literal.
   */
  @SafeVarargs
  public static <E extends Enum<E>> Spelling<E> of(
      Class<E> type, Map.Entry<E, String>... inSpecOrder) {
    Map<E, String> literals = new EnumMap<>(type);
    List<E> order = new ArrayList<>();
    for (Map.Entry<E, String> option : inSpecOrder) {
      if (literals.put(option.getKey(), option.getValue()) != null
          || literals.values().stream().filter(option.getValue()::equals).count() > 1) {
        throw new IllegalArgumentException(type.getSimpleName() + ": twice " + option);
      }
      order.add(option.getKey());
    }
    if (literals.size() != type.getEnumConstants().length) {
      throw new IllegalArgumentException(type.getSimpleName() + ": not every option is spelled");
    }
    return new Spelling<>(type, List.copyOf(order), Collections.unmodifiableMap(literals));
  }

  /** The spec's literal of {@code option} (null for null). */
  public String literal(E option) {
    return option == null ? null : literals.get(option);
  }

  /** The spec's {@code _idx} of {@code option} (null for null). */
  public Integer idx(E option) {
    return option == null ? null : inSpecOrder.indexOf(option);
  }

  /**
   * The option the client's {@code literal} names (null for null), else a 400 naming {@code field}.
   */
  public E parse(String field, String literal) {
    if (literal == null) {
      return null;
    }
    return find(literal).orElseThrow(() -> notOneOf(field));
  }

  /** The option {@code literal} names; empty for null or a word it does not spell. */
  public Optional<E> find(String literal) {
    return inSpecOrder.stream().filter(option -> literals.get(option).equals(literal)).findFirst();
  }

  private ApiException notOneOf(String field) {
    return ApiException.badRequest(
        "errMsg_" + field + "IsNotValid",
        field
            + " must be one of "
            + inSpecOrder.stream().map(literals::get).collect(Collectors.joining(", ")));
  }

  /** The enum spelled. */
  public Class<E> type() {
    return type;
  }
}
