package com.marketplace.platform.idempotency;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class IdempotencyLeaseCheckTest {

  private static IdempotencyLeaseCheck leaseOf(long seconds) {
    IdempotencyLeaseCheck check = new IdempotencyLeaseCheck();
    check.leaseSeconds = seconds;
    return check;
  }

  @Test
  void aLeaseShorterThanTenSecondsFailsTheDeployment() {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> leaseOf(9).check());

    assertThat(refused.getMessage(), containsString("IDEMPOTENCY_LEASE_SECONDS"));
  }

  @Test
  void theDefaultLeaseIsAccepted() {
    assertDoesNotThrow(() -> leaseOf(Long.parseLong(IdempotencyLeaseCheck.DEFAULT)).check());
  }
}
