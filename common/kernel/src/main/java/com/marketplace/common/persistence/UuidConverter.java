package com.marketplace.common.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/**
 * Passes UUIDs to the JDBC driver as they are (PostgreSQL's driver binds them to {@code uuid}).
 *
 * <p>Replaces EclipseLink 4.0.1's built-in UUID conversion, which throws on {@code null} ("Source
 * object is not an instance of java.util.UUID"), so nullable uuid columns could not be written.
 * Listed in every persistence unit; JPA does not apply converters to ids, which are never null.
 */
@Converter(autoApply = true)
public class UuidConverter implements AttributeConverter<UUID, Object> {

  @Override
  public Object convertToDatabaseColumn(UUID attribute) {
    return attribute;
  }

  @Override
  public UUID convertToEntityAttribute(Object column) {
    if (column == null || column instanceof UUID) {
      return (UUID) column;
    }
    return UUID.fromString(column.toString());
  }
}
