package com.marketplace.booking.api.spelling;

import static java.util.Map.entry;

import com.marketplace.booking.application.ClientWords;
import com.marketplace.booking.domain.ApprovalType;
import com.marketplace.booking.domain.BookingStatus;
import com.marketplace.booking.domain.DisputeStatus;
import com.marketplace.booking.domain.PaymentConfirmation;
import com.marketplace.booking.domain.PaymentRecordStatus;
import com.marketplace.booking.domain.ResolutionStatus;
import com.marketplace.common.api.Spelling;
import com.marketplace.common.api.Spellings;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * How the spec spells booking's enums: each option's literal and, by its place in the list, its
 * {@code _idx}. The resources spell their answers with these, and the use cases read the words a
 * client sends (resource bodies, the reference-data queue) through them as {@link ClientWords}.
 */
@ApplicationScoped
public class BookingSpellings implements ClientWords {

  public static final Spelling<ApprovalType> APPROVAL_TYPE =
      Spelling.of(
          ApprovalType.class,
          entry(ApprovalType.INSTANT, "instant"),
          entry(ApprovalType.MANUAL, "manual"));

  public static final Spelling<BookingStatus> BOOKING_STATUS =
      Spelling.of(
          BookingStatus.class,
          entry(BookingStatus.PENDING, "pending"),
          entry(BookingStatus.CONFIRMED, "confirmed"),
          entry(BookingStatus.COMPLETE, "complete"),
          entry(BookingStatus.CANCELLED, "cancelled"),
          entry(BookingStatus.DECLINED, "declined"));

  public static final Spelling<DisputeStatus> DISPUTE_STATUS =
      Spelling.of(
          DisputeStatus.class,
          entry(DisputeStatus.NONE, "none"),
          entry(DisputeStatus.REQUESTED, "requested"),
          entry(DisputeStatus.ACTIVE, "active"),
          entry(DisputeStatus.RESOLVED, "resolved"));

  /** The reservation's {@code _paymentConfirmation}. */
  public static final Spelling<PaymentConfirmation> PAYMENT_CONFIRMATION =
      Spelling.of(
          PaymentConfirmation.class,
          entry(PaymentConfirmation.PENDING, "pending"),
          entry(PaymentConfirmation.PROCESSING, "processing"),
          entry(PaymentConfirmation.PAID, "paid"),
          entry(PaymentConfirmation.CANCELED, "canceled"));

  /** A payment record's {@code paymentStatus}. */
  public static final Spelling<PaymentRecordStatus> PAYMENT_STATUS =
      Spelling.of(
          PaymentRecordStatus.class,
          entry(PaymentRecordStatus.PENDING, "pending"),
          entry(PaymentRecordStatus.PAID, "paid"),
          entry(PaymentRecordStatus.REFUNDED, "refunded"),
          entry(PaymentRecordStatus.FAILED, "failed"));

  public static final Spelling<ResolutionStatus> RESOLUTION_STATUS =
      Spelling.of(
          ResolutionStatus.class,
          entry(ResolutionStatus.PENDING, "pending"),
          entry(ResolutionStatus.REVIEWING, "reviewing"),
          entry(ResolutionStatus.RESOLVED, "resolved"),
          entry(ResolutionStatus.REJECTED, "rejected"));

  private static final Spellings ALL =
      Spellings.of(
          "booking",
          APPROVAL_TYPE,
          BOOKING_STATUS,
          DISPUTE_STATUS,
          PAYMENT_CONFIRMATION,
          PAYMENT_STATUS,
          RESOLUTION_STATUS);

  @Override
  public <E extends Enum<E>> E read(Class<E> type, String field, String word) {
    return ALL.spelling(type).parse(field, word);
  }

  @Override
  public <E extends Enum<E>> String word(E option) {
    return ALL.literal(option);
  }
}
