package com.marketplace.booking.domain;

import com.marketplace.common.api.SpecEnum;
import com.marketplace.common.persistence.EnumColumn;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Where a reservation stands (the spec's bookingStatus). */
public enum BookingStatus implements SpecEnum {
  PENDING("pending"),
  CONFIRMED("confirmed"),
  COMPLETE("complete"),
  CANCELLED("cancelled"),
  DECLINED("declined");

  private final String literal;

  BookingStatus(String literal) {
    this.literal = literal;
  }

  @Override
  public String value() {
    return literal;
  }

  /**
   * The moves of the state machine: pending to confirmed, cancelled or declined; confirmed to
   * complete or cancelled; nothing out of complete, cancelled or declined.
   */
  public boolean canBecome(BookingStatus next) {
    return switch (this) {
      case PENDING -> next == CONFIRMED || next == CANCELLED || next == DECLINED;
      case CONFIRMED -> next == COMPLETE || next == CANCELLED;
      case COMPLETE, CANCELLED, DECLINED -> false;
    };
  }

  /** Its text column. */
  @Converter
  public static class Column implements AttributeConverter<BookingStatus, String> {
    @Override
    public String convertToDatabaseColumn(BookingStatus option) {
      return EnumColumn.write(option);
    }

    @Override
    public BookingStatus convertToEntityAttribute(String column) {
      return EnumColumn.read(BookingStatus.class, column);
    }
  }
}
