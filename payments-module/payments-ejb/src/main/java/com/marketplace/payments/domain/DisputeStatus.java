package com.marketplace.payments.domain;

import static java.util.Map.entry;

import com.marketplace.common.persistence.StoredWords;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Where a chargeback of a payment stands: Stripe's dispute statuses. The {@code WARNING_} ones are
 * inquiries that may still become a dispute. Stripe's words are read where Stripe is ({@code
 * infrastructure.stripe.StripeEvents}); the column keeps its own table of words below.
 */
public enum DisputeStatus {
  WARNING_NEEDS_RESPONSE,
  WARNING_UNDER_REVIEW,
  WARNING_CLOSED,
  NEEDS_RESPONSE,
  UNDER_REVIEW,
  WON,
  LOST,
  /** Stopped before it became a dispute (e.g. a refund through Stripe's prevention tools). */
  PREVENTED;

  /**
   * Its text column, {@code dispute_status}, which keeps Stripe's spelling of the status (the words
   * the rows already hold: no migration). The audit trail names a status by the same word, {@link
   * #word}.
   */
  @Converter
  public static class Column implements AttributeConverter<DisputeStatus, String> {
    private static final StoredWords<DisputeStatus> WORDS =
        StoredWords.of(
            DisputeStatus.class,
            entry(WARNING_NEEDS_RESPONSE, "warning_needs_response"),
            entry(WARNING_UNDER_REVIEW, "warning_under_review"),
            entry(WARNING_CLOSED, "warning_closed"),
            entry(NEEDS_RESPONSE, "needs_response"),
            entry(UNDER_REVIEW, "under_review"),
            entry(WON, "won"),
            entry(LOST, "lost"),
            entry(PREVENTED, "prevented"));

    /** The word kept for {@code option} (null for null). */
    public static String word(DisputeStatus option) {
      return WORDS.word(option);
    }

    @Override
    public String convertToDatabaseColumn(DisputeStatus option) {
      return WORDS.word(option);
    }

    @Override
    public DisputeStatus convertToEntityAttribute(String column) {
      return WORDS.option(column);
    }
  }
}
