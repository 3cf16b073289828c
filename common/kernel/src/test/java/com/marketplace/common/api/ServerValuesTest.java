package com.marketplace.common.api;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.common.error.ApiException;
import org.junit.jupiter.api.Test;

class ServerValuesTest {

  @Test
  void aValueTheServerDecidesMayBeLeftOutOrSentAsTheServerHasIt() {
    assertDoesNotThrow(() -> ServerValues.mustMatch("bookingStatus", null, "pending"));
    assertDoesNotThrow(() -> ServerValues.mustMatch("bookingStatus", "pending", "pending"));
  }

  @Test
  void anyOtherValueIsRefusedNamingTheField() {
    ApiException refused =
        assertThrows(
            ApiException.class, () -> ServerValues.mustMatch("enrolledAt", "2026-01-01", null));

    assertThat(refused.status(), is(422));
    assertThat(refused.messageKey(), equalTo("errMsg_enrolledAtIsSetByTheServer"));
  }
}
