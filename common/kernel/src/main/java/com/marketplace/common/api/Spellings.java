package com.marketplace.common.api;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A module's {@link Spelling}s, found by the enum each spells. */
public final class Spellings {

  private final String owner;
  private final Map<Class<?>, Spelling<?>> byType;

  private Spellings(String owner, Map<Class<?>, Spelling<?>> byType) {
    this.owner = owner;
    this.byType = byType;
  }

  /**
   * {@code owner}'s spellings (the module's name, for the error about an enum it does not spell).
   */
  public static Spellings of(String owner, Spelling<?>... spellings) {
    return new Spellings(
        owner,
        Stream.of(spellings)
            .collect(Collectors.toUnmodifiableMap(Spelling::type, Function.identity())));
  }

  /** The spelling of {@code type}; an enum the module does not spell is a programming error. */
  @SuppressWarnings("unchecked")
  public <E extends Enum<E>> Spelling<E> spelling(Class<E> type) {
    Spelling<E> spelling = (Spelling<E>) byType.get(type);
    if (spelling == null) {
      throw new IllegalArgumentException(owner + " spells no " + type.getName());
    }
    return spelling;
  }

  /** The spec's literal of {@code option} (null for null). */
  public String literal(Enum<?> option) {
    return option == null ? null : raw(option).literal(option);
  }

  /** The spec's {@code _idx} of {@code option} (null for null). */
  public Integer idx(Enum<?> option) {
    return option == null ? null : raw(option).idx(option);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Spelling raw(Enum<?> option) {
    return spelling((Class) option.getDeclaringClass());
  }
}
