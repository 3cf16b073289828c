package com.marketplace.common.persistence;

import com.marketplace.common.api.SpecEnum;

/**
 * How an enum is kept in a text column: as the word the migrations' CHECK constraints list (e.g.
 * {@code notRequested}), so an entity holds the enum and never re-parses strings.
 *
 * <p>Each enum declares a nested {@code Column} converter that implements {@code
 * AttributeConverter<ItsEnum, String>} itself and delegates here. It must not inherit the interface
 * from a generic base class: EclipseLink then takes the enum for the column's type and refuses to
 * write the word (eclipse-ee4j/eclipselink#2060, "could not be converted to [class …Status]").
 */
public final class EnumColumn {

  private EnumColumn() {}

  /** The word stored for {@code option} (null for null). */
  public static <E extends Enum<E> & SpecEnum> String write(E option) {
    return option == null ? null : option.value();
  }

  /** The option a stored word names (null for null); an unknown word is a bug. */
  public static <E extends Enum<E> & SpecEnum> E read(Class<E> type, String column) {
    return SpecEnum.byValue(type, column);
  }
}
