package com.marketplace.common.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/** A {@link TokenSource} over a servlet request. */
public final class ServletTokenSource implements TokenSource {

  private final HttpServletRequest request;

  public ServletTokenSource(HttpServletRequest request) {
    this.request = Objects.requireNonNull(request, "request");
  }

  /**
   * Reads the raw query string rather than {@link HttpServletRequest#getParameter}: that one also
   * reads form bodies, which would accept a token from the body and consume the body before the
   * application gets to it.
   */
  @Override
  public Optional<String> queryParameter(String name) {
    String query = request.getQueryString();
    if (query == null) {
      return Optional.empty();
    }
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0 && name.equals(decode(pair.substring(0, equals)))) {
        Optional<String> value = nonBlank(decode(pair.substring(equals + 1)));
        if (value.isPresent()) {
          return value;
        }
      }
    }
    return Optional.empty();
  }

  @Override
  public Optional<String> header(String name) {
    return nonBlank(request.getHeader(name));
  }

  @Override
  public Optional<String> cookie(String name) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    for (Cookie cookie : cookies) {
      if (cookie.getName().equals(name)) {
        Optional<String> value = nonBlank(cookie.getValue());
        if (value.isPresent()) {
          return value;
        }
      }
    }
    return Optional.empty();
  }

  // A malformed escape makes the pair unreadable, not the request: it counts as absent.
  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Optional<String> nonBlank(String value) {
    return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
  }
}
