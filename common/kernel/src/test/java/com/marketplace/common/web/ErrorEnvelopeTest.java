package com.marketplace.common.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

class ErrorEnvelopeTest {

  @Test
  void onlyA413ClosesTheConnectionWhichStillCarriesTheUnreadBody() {
    assertThat(ErrorEnvelope.closesConnection(413), is(true));
    for (int status : new int[] {400, 401, 404, 405, 415, 422, 429, 500, 503}) {
      assertThat("status " + status, ErrorEnvelope.closesConnection(status), is(false));
    }
  }
}
