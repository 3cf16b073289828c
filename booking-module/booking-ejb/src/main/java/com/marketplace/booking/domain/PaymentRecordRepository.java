package com.marketplace.booking.domain;

import java.util.Optional;
import java.util.UUID;

/** Payment records: written once, never changed or removed. */
public interface PaymentRecordRepository {

  Optional<PaymentRecord> find(UUID id);

  void add(PaymentRecord record);

  /** Writes the pending records now, so that a new one shows what the database made of it. */
  void flush();

  /** The reservation's newest refund record. */
  Optional<PaymentRecord> latestRefundOf(UUID reservationId);
}
