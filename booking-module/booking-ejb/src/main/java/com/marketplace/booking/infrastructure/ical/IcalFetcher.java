package com.marketplace.booking.infrastructure.ical;

import com.marketplace.common.error.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Fetches an external calendar, bounded: http or https only; no redirects; a connect and a total
 * timeout; at most a configured number of bytes; and never a loopback, private, link-local or
 * otherwise internal address (the server's own network) unless its host is listed in {@code
 * BOOKING_ICAL_ALLOWED_HOSTS}.
 *
 * <p>Configuration (MicroProfile Config): {@code BOOKING_ICAL_ALLOWED_HOSTS} (comma-separated host
 * names or addresses, default none), {@code BOOKING_ICAL_CONNECT_TIMEOUT_MS} (3000), {@code
 * BOOKING_ICAL_TIMEOUT_MS} (10000), {@code BOOKING_ICAL_MAX_BYTES} (1048576).
 *
 * <p>The address is checked once, before the request; DNS that changes between the check and the
 * connection (rebinding) is not defended against here.
 */
@ApplicationScoped
public class IcalFetcher {

  public String fetch(String url) {
    URI uri = URI.create(url);
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw refused("only http and https URLs are fetched");
    }
    Config config = ConfigProvider.getConfig();
    requirePublic(uri.getHost(), allowedHosts(config));
    HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(millis(config, "BOOKING_ICAL_CONNECT_TIMEOUT_MS", 3_000))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(millis(config, "BOOKING_ICAL_TIMEOUT_MS", 10_000))
            .header("Accept", "text/calendar")
            .GET()
            .build();
    long maxBytes =
        config.getOptionalValue("BOOKING_ICAL_MAX_BYTES", Long.class).orElse(1_048_576L);
    try {
      HttpResponse<InputStream> response =
          client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() != 200) {
          throw unavailable("the calendar answered HTTP " + response.statusCode());
        }
        return read(body, maxBytes);
      }
    } catch (IOException e) {
      throw unavailable("the calendar could not be fetched (" + e.getClass().getSimpleName() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable("interrupted");
    }
  }

  private static String read(InputStream body, long maxBytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n; (n = body.read(buffer)) != -1; ) {
      out.write(buffer, 0, n);
      if (out.size() > maxBytes) {
        throw unavailable("the calendar is larger than " + maxBytes + " bytes");
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Refuses hosts that resolve to the server's own or internal networks, unless allowed. */
  static void requirePublic(String host, Set<String> allowed) {
    String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    if (allowed.contains(bare.toLowerCase(Locale.ROOT))) {
      return;
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(bare);
    } catch (UnknownHostException e) {
      throw unavailable("unknown host " + bare);
    }
    for (InetAddress address : addresses) {
      if (isInternal(address)) {
        throw refused("the host " + bare + " is on an internal network");
      }
    }
  }

  static boolean isInternal(InetAddress a) {
    if (a.isAnyLocalAddress()
        || a.isLoopbackAddress()
        || a.isLinkLocalAddress()
        || a.isSiteLocalAddress()
        || a.isMulticastAddress()) {
      return true;
    }
    byte[] b = a.getAddress();
    if (b.length == 4) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      return first == 0 || (first == 100 && second >= 64 && second < 128); // this host, CGNAT
    }
    return (b[0] & 0xfe) == 0xfc; // IPv6 unique local fc00::/7
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
