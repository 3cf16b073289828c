package com.marketplace.enrollment.api.spelling;

import static java.util.Map.entry;

import com.marketplace.common.api.Page;
import com.marketplace.common.api.Spelling;
import com.marketplace.common.api.Spellings;
import com.marketplace.enrollment.application.ClientWords;
import com.marketplace.enrollment.domain.EnrollmentStatus;
import com.marketplace.enrollment.domain.LocationType;
import com.marketplace.enrollment.domain.PaymentConfirmation;
import com.marketplace.enrollment.domain.PaymentStatus;
import com.marketplace.enrollment.domain.RefundRequestStatus;
import com.marketplace.enrollment.domain.RefundStatus;
import com.marketplace.enrollment.domain.SchedulingType;
import com.marketplace.enrollment.domain.SlotStatus;
import com.marketplace.enrollment.domain.TutorStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the spec spells enrollment's enums: each option's literal and, by its place in the list, its
 * {@code _idx}. The resources spell their answers with these, and the use cases read the words a
 * client sends (resource bodies, the reference-data queue) through them as {@link ClientWords}.
 */
@ApplicationScoped
public class EnrollmentSpellings implements ClientWords {

  public static final Spelling<EnrollmentStatus> ENROLLMENT_STATUS =
      Spelling.of(
          EnrollmentStatus.class,
          entry(EnrollmentStatus.PENDING, "pending"),
          entry(EnrollmentStatus.ACTIVE, "active"),
          entry(EnrollmentStatus.COMPLETED, "completed"),
          entry(EnrollmentStatus.CANCELED, "canceled"));

  public static final Spelling<SlotStatus> SLOT_STATUS =
      Spelling.of(
          SlotStatus.class,
          entry(SlotStatus.AVAILABLE, "available"),
          entry(SlotStatus.BOOKED, "booked"),
          entry(SlotStatus.COMPLETED, "completed"),
          entry(SlotStatus.CANCELED, "canceled"));

  public static final Spelling<SchedulingType> SCHEDULING_TYPE =
      Spelling.of(
          SchedulingType.class,
          entry(SchedulingType.FIXED, "fixed"),
          entry(SchedulingType.FLEXIBLE, "flexible"));

  public static final Spelling<RefundStatus> REFUND_STATUS =
      Spelling.of(
          RefundStatus.class,
          entry(RefundStatus.NOT_REQUESTED, "notRequested"),
          entry(RefundStatus.ELIGIBLE, "eligible"),
          entry(RefundStatus.PROCESSED, "processed"),
          entry(RefundStatus.INELIGIBLE, "ineligible"));

  public static final Spelling<LocationType> LOCATION_TYPE =
      Spelling.of(
          LocationType.class,
          entry(LocationType.ONLINE, "online"),
          entry(LocationType.IN_PERSON, "inPerson"));

  public static final Spelling<PaymentStatus> PAYMENT_STATUS =
      Spelling.of(
          PaymentStatus.class,
          entry(PaymentStatus.PENDING, "pending"),
          entry(PaymentStatus.PAID, "paid"),
          entry(PaymentStatus.REFUNDED, "refunded"));

  public static final Spelling<PaymentConfirmation> PAYMENT_CONFIRMATION =
      Spelling.of(
          PaymentConfirmation.class,
          entry(PaymentConfirmation.PENDING, "pending"),
          entry(PaymentConfirmation.PROCESSING, "processing"),
          entry(PaymentConfirmation.PAID, "paid"),
          entry(PaymentConfirmation.CANCELED, "canceled"));

  public static final Spelling<TutorStatus> TUTOR_STATUS =
      Spelling.of(
          TutorStatus.class,
          entry(TutorStatus.ACTIVE, "active"),
          entry(TutorStatus.SUSPENDED, "suspended"),
          entry(TutorStatus.BANNED, "banned"));

  public static final Spelling<RefundRequestStatus> REFUND_REQUEST_STATUS =
      Spelling.of(
          RefundRequestStatus.class,
          entry(RefundRequestStatus.PENDING, "pending"),
          entry(RefundRequestStatus.APPROVED, "approved"),
          entry(RefundRequestStatus.REJECTED, "rejected"),
          entry(RefundRequestStatus.AUTO_APPROVED, "autoApproved"));

  private static final Spellings ALL =
      Spellings.of(
          "enrollment",
          ENROLLMENT_STATUS,
          SLOT_STATUS,
          SCHEDULING_TYPE,
          REFUND_STATUS,
          LOCATION_TYPE,
          PAYMENT_STATUS,
          PAYMENT_CONFIRMATION,
          TUTOR_STATUS,
          REFUND_REQUEST_STATUS);

  @Override
  public <E extends Enum<E>> E read(Class<E> type, String field, String word) {
    return ALL.spelling(type).parse(field, word);
  }

  @Override
  public <E extends Enum<E>> String word(E option) {
    return ALL.literal(option);
  }

  /** The rows of a page as the spec shows them: see {@link #spelled(Map)}. */
  public static Page<Map<String, Object>> spelled(Page<Map<String, Object>> page) {
    return page.map(EnrollmentSpellings::spelled);
  }

  /**
   * A record with its joins as the queries answer it (enums as themselves), as the spec shows it:
   * each enum value becomes its literal, followed by {@code <name>_idx} (an {@code Optional} of one
   * likewise, both null when it is empty); joined objects and lists of them alike. The order of the
   * fields is kept.
   */
  public static Map<String, Object> spelled(Map<String, ?> fields) {
    Map<String, Object> json = new LinkedHashMap<>();
    fields.forEach(
        (name, value) -> {
          if (value instanceof Enum<?> option) {
            json.put(name, ALL.literal(option));
            json.put(name + "_idx", ALL.idx(option));
          } else if (value instanceof Optional<?> maybe) {
            Enum<?> option = (Enum<?>) maybe.orElse(null);
            json.put(name, ALL.literal(option));
            json.put(name + "_idx", ALL.idx(option));
          } else {
            json.put(name, spelledValue(value));
          }
        });
    return json;
  }

  @SuppressWarnings("unchecked")
  private static Object spelledValue(Object value) {
    if (value instanceof Map<?, ?> map) {
      return spelled((Map<String, ?>) map);
    }
    if (value instanceof List<?> list) {
      return list.stream().map(EnrollmentSpellings::spelledValue).toList();
    }
    return value;
  }
}
