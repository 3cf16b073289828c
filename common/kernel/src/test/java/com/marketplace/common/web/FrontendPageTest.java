package com.marketplace.common.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FrontendPageTest {

  @ParameterizedTest
  @CsvSource({
    "https://shop.example/pay, https://shop.example/pay?outcome=paid&id=a+b%26c",
    "https://shop.example/pay?from=api, https://shop.example/pay?from=api&outcome=paid&id=a+b%26c",
    "https://shop.example/pay?, https://shop.example/pay?outcome=paid&id=a+b%26c",
    "http://localhost:3000/r, http://localhost:3000/r?outcome=paid&id=a+b%26c"
  })
  void theOutcomeIsAddedToTheConfiguredAddressEncoded(String configured, String expected) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("outcome", "paid");
    query.put("id", "a b&c");

    assertThat(FrontendPage.of("K", configured).with(query).toString(), equalTo(expected));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/relative/page",
        "javascript:alert(1)",
        "ftp://files.example/x",
        "https://user:pw@shop.example/pay",
        "https://shop.example/pay#result",
        "https:///no-host",
        "not a url"
      })
  void anAddressThatIsNotAPlainWebPageIsRefused(String configured) {
    assertThrows(IllegalStateException.class, () -> FrontendPage.of("K", configured));
  }

  @org.junit.jupiter.api.Test
  void theBrowserIsSentOnWithA303ThatLeaksNoReferer() {
    Response response =
        FrontendPage.of("K", "https://shop.example/pay").seeOther(Map.of("outcome", "failed"));

    assertThat(response.getStatus(), is(303));
    assertThat(response.getHeaderString("Referrer-Policy"), equalTo("no-referrer"));
    assertThat(response.getHeaderString("Cache-Control"), equalTo("no-store"));
  }
}
