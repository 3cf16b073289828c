package com.marketplace.common.api;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.common.error.ApiException;
import org.junit.jupiter.api.Test;

class SpecEnumTest {

  enum Refund implements SpecEnum {
    NOT_REQUESTED("notRequested"),
    PROCESSED("processed");

    private final String value;

    Refund(String value) {
      this.value = value;
    }

    @Override
    public String value() {
      return value;
    }
  }

  @Test
  void theIndexIsTheSpecsOrder() {
    assertThat(Refund.NOT_REQUESTED.idx(), is(0));
    assertThat(Refund.PROCESSED.idx(), is(1));
  }

  @Test
  void aClientsValueIsParsedOrRefusedWithTheAllowedValues() {
    assertThat(SpecEnum.parse(Refund.class, "refundStatus", "processed"), is(Refund.PROCESSED));
    assertThat(SpecEnum.parse(Refund.class, "refundStatus", null), nullValue());
    ApiException refused =
        assertThrows(
            ApiException.class, () -> SpecEnum.parse(Refund.class, "refundStatus", "PROCESSED"));
    assertThat(refused.status(), is(400));
    assertThat(refused.messageKey(), equalTo("errMsg_refundStatusIsNotValid"));
    assertThat(refused.detail(), equalTo("refundStatus must be one of notRequested, processed"));
  }

  @Test
  void anUnknownStoredValueIsABugNotAClientError() {
    assertThrows(IllegalStateException.class, () -> SpecEnum.byValue(Refund.class, "gone"));
    assertThat(SpecEnum.byValue(Refund.class, "notRequested"), is(Refund.NOT_REQUESTED));
  }
}
