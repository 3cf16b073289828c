package com.marketplace.payments.domain;

import com.marketplace.common.api.SpecEnum;
import com.marketplace.common.persistence.EnumColumn;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Where a chargeback of a payment stands: Stripe's dispute statuses, stored and shown as Stripe
 * spells them. The {@code warning_} ones are inquiries that may still become a dispute.
 */
public enum DisputeStatus implements SpecEnum {
  WARNING_NEEDS_RESPONSE("warning_needs_response"),
  WARNING_UNDER_REVIEW("warning_under_review"),
  WARNING_CLOSED("warning_closed"),
  NEEDS_RESPONSE("needs_response"),
  UNDER_REVIEW("under_review"),
  WON("won"),
  LOST("lost"),
  /** Stopped before it became a dispute (e.g. a refund through Stripe's prevention tools). */
  PREVENTED("prevented");

  private final String stripeName;

  DisputeStatus(String stripeName) {
    this.stripeName = stripeName;
  }

  /** The status Stripe names {@code status}; an unknown one is not Stripe's. */
  public static DisputeStatus fromStripe(String status) {
    for (DisputeStatus candidate : values()) {
      if (candidate.stripeName.equals(status)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("Unknown dispute status " + status);
  }

  /** Stripe's spelling, as stored and shown. */
  @Override
  public String value() {
    return stripeName;
  }

  /** Its text column, {@code dispute_status}. */
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
