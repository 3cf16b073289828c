package com.marketplace.common.api;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.common.error.ApiException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommonParametersTest {

  @Test
  void defaultsAreTheSpecsOnes() {
    CommonParameters parameters = CommonParameters.parse(name -> null);

    assertThat(parameters.page(), equalTo(new PageRequest(1, 25)));
    assertThat(parameters.getJoins(), is(true));
    assertThat(parameters.excludeCqrs(), is(false));
    assertThat(parameters.caching(), is(false));
    assertThat(parameters.requestId(), matchesPattern("[0-9a-f]{32}"));
  }

  @Test
  void readsEveryParameter() {
    Map<String, String> query =
        Map.of(
            "pageNumber",
            "0",
            "pageRowCount",
            "500",
            "getJoins",
            "FALSE",
            "excludeCQRS",
            "true",
            "requestId",
            "abc-1.2_3",
            "caching",
            "true",
            "cacheTTL",
            "60");

    CommonParameters parameters = CommonParameters.parse(query::get);

    assertThat(parameters.page().all(), is(true));
    assertThat(parameters.page().size(), is(500));
    assertThat(parameters.getJoins(), is(false));
    assertThat(parameters.excludeCqrs(), is(true));
    assertThat(parameters.requestId(), equalTo("abc-1.2_3"));
    assertThat(parameters.cacheTtlSeconds(), is(60));
  }

  @ParameterizedTest
  @CsvSource({
    "pageNumber, -1",
    "pageNumber, one",
    "pageRowCount, 0",
    "pageRowCount, 501",
    "getJoins, yes",
    "excludeCQRS, 1",
    "caching, on",
    "cacheTTL, -5",
    "requestId, a b"
  })
  void refusesAnInvalidValueNamingTheParameter(String name, String value) {
    ApiException refused =
        assertThrows(ApiException.class, () -> CommonParameters.parse(Map.of(name, value)::get));

    assertThat(refused.status(), is(400));
    assertThat(refused.messageKey(), equalTo("errMsg_" + name + "IsNotValid"));
  }

  @Test
  void aPageWhoseFirstRowOverflowsIsRefusedNamingPageNumber() {
    ApiException e =
        assertThrows(
            ApiException.class,
            () ->
                CommonParameters.parse(
                    Map.of("pageNumber", "2147483647", "pageRowCount", "500")::get));

    assertThat(e.status(), is(400));
    assertThat(e.messageKey(), is("errMsg_pageNumberIsNotValid"));
  }

  @Test
  void theLastPageWhoseFirstRowFitsIsAccepted() {
    int last = PageRequest.lastPageNumber(500);
    CommonParameters parameters =
        CommonParameters.parse(
            Map.of("pageNumber", String.valueOf(last), "pageRowCount", "500")::get);

    assertThat(parameters.page().offset(), is((last - 1) * 500));
    assertThat(
        CommonParameters.parse(Map.of("pageNumber", "2147483647", "pageRowCount", "1")::get)
            .page()
            .offset(),
        is(Integer.MAX_VALUE - 1));
  }
}
