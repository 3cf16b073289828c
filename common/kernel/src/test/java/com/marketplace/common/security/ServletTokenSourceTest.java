package com.marketplace.common.security;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ServletTokenSourceTest {

  @Test
  void readsAQueryParameterFromTheQueryString() {
    TokenSource source = new FakeRequest().query("page=2&access_token=abc.def.ghi").source();

    assertThat(source.queryParameter("access_token"), is(Optional.of("abc.def.ghi")));
  }

  @Test
  void decodesTheQueryParameter() {
    TokenSource source = new FakeRequest().query("access%5Ftoken=a%2Eb%2Dc").source();

    assertThat(source.queryParameter("access_token"), is(Optional.of("a.b-c")));
  }

  @Test
  void takesTheFirstNonBlankQueryValue() {
    TokenSource source =
        new FakeRequest().query("access_token=&access_token=one&access_token=two").source();

    assertThat(source.queryParameter("access_token"), is(Optional.of("one")));
  }

  @Test
  void ignoresParametersThatOnlyStartWithTheName() {
    TokenSource source = new FakeRequest().query("access_token_hint=x&access_tokens=y").source();

    assertThat(source.queryParameter("access_token"), is(Optional.empty()));
  }

  @Test
  void queryParameterIsAbsentWithoutAQueryString() {
    // The fake fails on getParameter, which would also have read a form body.
    assertThat(new FakeRequest().source().queryParameter("access_token"), is(Optional.empty()));
  }

  @Test
  void malformedEscapeCountsAsAbsent() {
    TokenSource source = new FakeRequest().query("access_token=%zz&x=1").source();

    assertThat(source.queryParameter("access_token"), is(Optional.empty()));
  }

  @Test
  void readsHeadersCaseInsensitively() {
    TokenSource source = new FakeRequest().header("Authorization", "Bearer x").source();

    assertThat(source.header("authorization"), is(Optional.of("Bearer x")));
  }

  @Test
  void blankHeaderIsAbsent() {
    TokenSource source = new FakeRequest().header("tutorhub-access-token", " ").source();

    assertThat(source.header("tutorhub-access-token"), is(Optional.empty()));
  }

  @Test
  void readsTheNamedCookie() {
    TokenSource source =
        new FakeRequest()
            .cookie(new Cookie("other", "nope"))
            .cookie(new Cookie("tutorhub-access-token", "abc"))
            .source();

    assertThat(source.cookie("tutorhub-access-token"), is(Optional.of("abc")));
  }

  @Test
  void blankCookieIsSkipped() {
    TokenSource source =
        new FakeRequest()
            .cookie(new Cookie("tutorhub-access-token", ""))
            .cookie(new Cookie("tutorhub-access-token", "abc"))
            .source();

    assertThat(source.cookie("tutorhub-access-token"), is(Optional.of("abc")));
  }

  @Test
  void requestWithoutCookiesHasNone() {
    // Containers answer null, not an empty array, when a request has no cookies.
    assertThat(new FakeRequest().source().cookie("tutorhub-access-token"), is(Optional.empty()));
  }

  /** Answers the few request methods a token source may use; any other call fails the test. */
  private static final class FakeRequest {
    private String query;
    private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final List<Cookie> cookies = new ArrayList<>();

    FakeRequest query(String query) {
      this.query = query;
      return this;
    }

    FakeRequest header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    FakeRequest cookie(Cookie cookie) {
      cookies.add(cookie);
      return this;
    }

    TokenSource source() {
      Cookie[] cookieArray = cookies.isEmpty() ? null : cookies.toArray(Cookie[]::new);
      HttpServletRequest request =
          (HttpServletRequest)
              Proxy.newProxyInstance(
                  HttpServletRequest.class.getClassLoader(),
                  new Class<?>[] {HttpServletRequest.class},
                  (proxy, method, args) ->
                      switch (method.getName()) {
                        case "getQueryString" -> query;
                        case "getHeader" -> headers.get((String) args[0]);
                        case "getCookies" -> cookieArray;
                        default -> throw new AssertionError("Unexpected " + method.getName());
                      });
      return new ServletTokenSource(request);
    }
  }
}
