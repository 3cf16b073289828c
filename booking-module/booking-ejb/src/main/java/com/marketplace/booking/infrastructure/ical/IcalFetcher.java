package com.marketplace.booking.infrastructure.ical;

import com.marketplace.common.error.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Fetches an external calendar, bounded: http or https only; no redirects; the host resolved once,
 * every address it has checked against {@link CalendarAddresses} (unless the host is listed in
 * {@code BOOKING_ICAL_ALLOWED_HOSTS}), and the connection made to a checked address, so a DNS
 * answer that changes between the check and the connection (rebinding) changes nothing; one
 * deadline for the whole fetch; at most a configured number of bytes. Callers must not hold a
 * transaction or a database connection while it runs (see {@code CalendarFetches}).
 *
 * <p>Configuration (MicroProfile Config): {@code BOOKING_ICAL_ALLOWED_HOSTS} (comma-separated host
 * names or addresses, default none), {@code BOOKING_ICAL_CONNECT_TIMEOUT_MS} (3000), {@code
 * BOOKING_ICAL_TIMEOUT_MS} (10000: connect, TLS, headers and body together), {@code
 * BOOKING_ICAL_MAX_BYTES} (1048576).
 */
@ApplicationScoped
public class IcalFetcher {

  /** Name resolution, replaceable in tests. */
  interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  private final Resolver resolver;

  public IcalFetcher() {
    this(InetAddress::getAllByName);
  }

  IcalFetcher(Resolver resolver) {
    this.resolver = resolver;
  }

  public String fetch(String url) {
    Config config = ConfigProvider.getConfig();
    return fetch(
        url,
        allowedHosts(config),
        new CalendarHttp.Limits(
            millis(config, "BOOKING_ICAL_CONNECT_TIMEOUT_MS", 3_000),
            millis(config, "BOOKING_ICAL_TIMEOUT_MS", 10_000),
            config.getOptionalValue("BOOKING_ICAL_MAX_BYTES", Long.class).orElse(1_048_576L)));
  }

  String fetch(String url, Set<String> allowed, CalendarHttp.Limits limits) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw refused("it is not a URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw refused("only http and https URLs are fetched");
    }
    if (uri.getRawUserInfo() != null) {
      throw refused("credentials in the URL are not sent");
    }
    List<InetAddress> addresses = checkedAddresses(uri.getHost(), allowed);
    try {
      return CalendarHttp.get(uri, addresses, limits);
    } catch (IOException e) {
      throw unavailable(
          e instanceof CalendarHttp.Failure
              ? e.getMessage()
              : "it could not be fetched (" + e.getClass().getSimpleName() + ")");
    }
  }

  /**
   * The host's addresses, resolved once; all of them must be public unless the host is allowed (one
   * internal address among public ones is enough to refuse: which one is used is the resolver's
   * choice, not ours).
   */
  List<InetAddress> checkedAddresses(String host, Set<String> allowed) {
    String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(bare);
    } catch (UnknownHostException e) {
      throw unavailable("unknown host " + bare);
    }
    if (!allowed.contains(bare.toLowerCase(Locale.ROOT))) {
      for (InetAddress address : addresses) {
        if (CalendarAddresses.isRefused(address)) {
          throw refused("the host " + bare + " is on an internal or reserved network");
        }
      }
    }
    return List.of(addresses);
  }

  private static Set<String> allowedHosts(Config config) {
    return config
        .getOptionalValue("BOOKING_ICAL_ALLOWED_HOSTS", String.class)
        .map(
            list ->
                Arrays.stream(list.split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .map(s -> s.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toSet()))
        .orElse(Set.of());
  }

  private static Duration millis(Config config, String key, long defaultMillis) {
    return Duration.ofMillis(config.getOptionalValue(key, Long.class).orElse(defaultMillis));
  }

  private static ApiException refused(String why) {
    return ApiException.badRequest("errMsg_iCalUrlRefused", "The calendar URL is refused: " + why);
  }

  private static ApiException unavailable(String why) {
    return ApiException.unprocessable(
        "errMsg_iCalFetchFailed", "The calendar was not read: " + why);
  }
}
