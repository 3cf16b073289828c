package com.marketplace.booking.domain;

import com.marketplace.common.api.SpecEnum;
import com.marketplace.common.persistence.EnumColumn;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** The reservation's view of its disputes (the spec's disputeStatus). */
public enum DisputeStatus implements SpecEnum {
  NONE("none"),
  REQUESTED("requested"),
  ACTIVE("active"),
  RESOLVED("resolved");

  private final String literal;

  DisputeStatus(String literal) {
    this.literal = literal;
  }

  @Override
  public String value() {
    return literal;
  }

  /** Its text column. */
  @Converter
  public static class Column implements AttributeConverter<DisputeStatus, String> {
    @Override
    public String convertToDatabaseColumn(DisputeStatus option) {
      return EnumColumn.write(option);
    }

    @Override
    public DisputeStatus convertToEntityAttribute(String column) {
      return EnumColumn.read(DisputeStatus.class, column);
    }
  }
}
