package com.marketplace.common.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.common.error.ApiException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BodyLimitFilterTest {

  /**
   * Refused by the declared length alone: the body is not waited for (hasEntity() blocks until its
   * first byte arrives, which a client may send late or never).
   */
  @Test
  void aDeclaredLengthOverTheCapIs413WithoutWaitingForTheBody() {
    ContainerRequestContext request =
        (ContainerRequestContext)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "getLength" -> 1_100_000;
                      case "getMediaType" -> MediaType.valueOf("text/calendar");
                      default -> throw new AssertionError(method.getName() + " touches the body");
                    });

    ApiException e =
        assertThrows(
            ApiException.class, () -> new BodyLimitFilter(BodyLimits.DEFAULTS).filter(request));

    assertThat(e.status(), is(413));
    assertThat(e.messageKey(), is("errMsg_bodyTooLarge"));
  }

  @Test
  void aBodyWithoutCharsetIsUtf8() {
    assertThat(
        BodyLimitFilter.charsetOf(MediaType.APPLICATION_JSON_TYPE),
        equalTo(StandardCharsets.UTF_8));
    assertThat(
        BodyLimitFilter.charsetOf(MediaType.valueOf("application/json; charset=ISO-8859-1")),
        equalTo(StandardCharsets.ISO_8859_1));
  }

  @Test
  void anUnknownCharsetIs415() {
    for (String type :
        new String[] {"application/json; charset=x-bogus", "text/plain; charset=\"a b\""}) {
      ApiException e =
          assertThrows(
              ApiException.class, () -> BodyLimitFilter.charsetOf(MediaType.valueOf(type)));
      assertThat(e.status(), is(415));
      assertThat(e.messageKey(), is("errMsg_unsupportedMediaType"));
    }
  }

  @Test
  void jsonMeansApplicationJsonOrAPlusJsonType() {
    assertThat(JsonBodyInterceptor.isJson(MediaType.valueOf("application/json")), is(true));
    assertThat(
        JsonBodyInterceptor.isJson(MediaType.valueOf("application/merge-patch+json")), is(true));
    assertThat(JsonBodyInterceptor.isJson(MediaType.valueOf("text/calendar")), is(false));
    assertThat(JsonBodyInterceptor.isJson(MediaType.WILDCARD_TYPE), is(false));
    assertThat(JsonBodyInterceptor.isJson(null), is(false));
  }
}
