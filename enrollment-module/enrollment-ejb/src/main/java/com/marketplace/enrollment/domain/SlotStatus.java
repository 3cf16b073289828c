package com.marketplace.enrollment.domain;

import com.marketplace.common.api.SpecEnum;
import com.marketplace.common.persistence.EnumColumn;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A lesson slot's state, as the scheduling service reports it. */
public enum SlotStatus implements SpecEnum {
  AVAILABLE("available"),
  BOOKED("booked"),
  COMPLETED("completed"),
  CANCELED("canceled");

  private final String value;

  SlotStatus(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }

  /** Its text column. */
  @Converter
  public static class Column implements AttributeConverter<SlotStatus, String> {
    @Override
    public String convertToDatabaseColumn(SlotStatus option) {
      return EnumColumn.write(option);
    }

    @Override
    public SlotStatus convertToEntityAttribute(String column) {
      return EnumColumn.read(SlotStatus.class, column);
    }
  }
}
