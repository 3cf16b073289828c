package com.marketplace.common.web;

import com.marketplace.common.security.LocatedToken.Place;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The cross-site request (CSRF) rule. A browser attaches the cookie token to every request it sends
 * to the API, whichever page asks it to, and some writes need no preflight (a {@code text/plain}
 * upload, a form post). So a request that changes state and is authenticated by the cookie must
 * come from the API's own origin or an origin the {@link CorsPolicy} allows for the caller's
 * tenant; the browser says which in {@code Origin}, or failing that in {@code Referer}. Requests
 * carrying the token anywhere else (a header or the query) cannot be forged by another page and
 * pass.
 */
public final class CrossSiteRequestPolicy {

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private final CorsPolicy cors;

  public CrossSiteRequestPolicy(CorsPolicy cors) {
    this.cors = cors;
  }

  /**
   * What the policy needs to know of a request.
   *
   * @param method the HTTP method
   * @param tokenPlace where the verified token was found, or null for an anonymous request
   * @param origin the {@code Origin} header, or null
   * @param referer the {@code Referer} header, or null
   * @param ownOrigin the API's own origin as the request reached it, e.g. {@code
   *     https://api.example.com}
   * @param tenant the caller's tenant
   */
  public record Request(
      String method,
      Place tokenPlace,
      String origin,
      String referer,
      String ownOrigin,
      Optional<UUID> tenant) {}

  /** Why the request is refused, or empty when it may go on. */
  public Optional<String> refusal(Request request) {
    if (SAFE_METHODS.contains(request.method()) || request.tokenPlace() != Place.COOKIE) {
      return Optional.empty();
    }
    Optional<String> source =
        nonBlank(request.origin())
            .or(() -> nonBlank(request.referer()).flatMap(CrossSiteRequestPolicy::originOf));
    if (source.isEmpty()) {
      return Optional.of(
          "A change authenticated by the cookie must name its origin (Origin or Referer);"
              + " send the token in the Authorization header instead");
    }
    String from = source.get();
    if (from.equals(request.ownOrigin()) || cors.allows(from, request.tenant())) {
      return Optional.empty();
    }
    return Optional.of("A change authenticated by the cookie is not accepted from " + from);
  }

  /** {@code scheme://host[:port]} of an absolute http(s) URL, the default port left out. */
  static Optional<String> originOf(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        return Optional.empty();
      }
      return Optional.of(origin(scheme, uri.getHost(), uri.getPort()));
    } catch (java.net.URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** The origin of {@code uri} (e.g. the request's base URI). */
  static String ownOrigin(URI uri) {
    return origin(uri.getScheme().toLowerCase(Locale.ROOT), uri.getHost(), uri.getPort());
  }

  private static String origin(String scheme, String host, int port) {
    boolean defaultPort =
        port == -1
            || (scheme.equals("http") && port == 80)
            || (scheme.equals("https") && port == 443);
    return scheme + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
  }

  private static Optional<String> nonBlank(String value) {
    return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
  }
}
