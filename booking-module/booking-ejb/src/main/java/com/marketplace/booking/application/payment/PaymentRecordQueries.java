package com.marketplace.booking.application.payment;

import com.marketplace.booking.domain.PaymentRecordStatus;
import com.marketplace.common.api.Page;
import com.marketplace.common.api.PageRequest;
import com.marketplace.common.security.Caller;
import java.util.UUID;

/** The read side of payment records. */
public interface PaymentRecordQueries {

  /** An admin's whole tenant; anyone else the records of their stays and their listings' stays. */
  Page<PaymentRecordView> list(
      Caller caller, UUID reservationId, PaymentRecordStatus status, PageRequest page);
}
