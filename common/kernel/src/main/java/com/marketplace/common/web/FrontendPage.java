package com.marketplace.common.web;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A page of a marketplace's frontend that the API sends a browser to with a 303 (e.g. back from
 * Stripe's payment page). Its address is configuration, never part of a request, so the API
 * redirects nowhere else (no open redirect); the query it adds carries only values the server
 * decided.
 */
public final class FrontendPage {

  private final URI base;

  private FrontendPage(URI base) {
    this.base = base;
  }

  /** The page configured under {@code key}, if any. A malformed address is a server error. */
  public static Optional<FrontendPage> configured(String key) {
    return ConfigProvider.getConfig()
        .getOptionalValue(key, String.class)
        .filter(value -> !value.isBlank())
        .map(value -> of(key, value));
  }

  /** An absolute http(s) URL with a host, no user info and no fragment; else refused. */
  static FrontendPage of(String key, String value) {
    try {
      URI uri = new URI(value.strip());
      boolean web =
          "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
      if (!web
          || uri.getHost() == null
          || uri.getRawUserInfo() != null
          || uri.getRawFragment() != null) {
        throw new IllegalStateException(
            key + " must be an absolute http(s) URL without user info or fragment: " + value);
      }
      return new FrontendPage(uri);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(key + " is not a URL: " + value, e);
    }
  }

  /** The page's address with {@code query} appended to the query it already has. */
  public URI with(Map<String, String> query) {
    String added =
        query.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    String own = base.getRawQuery();
    String separator = own == null ? "?" : own.isEmpty() || own.endsWith("&") ? "" : "&";
    return URI.create(base + (added.isEmpty() ? "" : separator + added));
  }

  /**
   * 303 See Other to the page: the browser GETs it. Not cached, and no Referer from here (the URL
   * that brought the browser may hold a secret).
   */
  public Response seeOther(Map<String, String> query) {
    return Response.seeOther(with(query))
        .header("Cache-Control", "no-store")
        .header("Referrer-Policy", "no-referrer")
        .build();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
