package com.marketplace.common.persistence;

import com.marketplace.common.api.SpecEnum;
import jakarta.persistence.AttributeConverter;

/**
 * Stores an enum in a text column as the word the migrations' CHECK constraints list (e.g. {@code
 * notRequested}), so an entity holds the enum and never re-parses strings. Each enum declares a
 * nested {@code Column} subclass, which the entity names in {@code @Convert} and the persistence
 * unit lists.
 */
public abstract class EnumColumn<E extends Enum<E> & SpecEnum>
    implements AttributeConverter<E, String> {

  private final Class<E> type;

  protected EnumColumn(Class<E> type) {
    this.type = type;
  }

  @Override
  public String convertToDatabaseColumn(E option) {
    return option == null ? null : option.value();
  }

  @Override
  public E convertToEntityAttribute(String column) {
    return SpecEnum.byValue(type, column);
  }
}
