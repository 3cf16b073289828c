package com.marketplace.booking.application.reservation;

import com.marketplace.common.error.ApiException;

/** 429: the guest already keeps as many unpaid holds as allowed; retry after a hold runs out. */
public class UnpaidHoldLimitReached extends ApiException {

  private final long retryAfterSeconds;

  UnpaidHoldLimitReached(int maxHolds, long retryAfterSeconds) {
    super(
        429,
        "errMsg_tooManyUnpaidReservations",
        "At most "
            + maxHolds
            + " unpaid reservations may hold nights at once: pay or cancel one, or wait until one"
            + " expires");
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** Seconds until one of the guest's holds stops counting. */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
