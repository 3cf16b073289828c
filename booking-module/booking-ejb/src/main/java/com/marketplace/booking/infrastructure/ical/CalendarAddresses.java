package com.marketplace.booking.infrastructure.ical;

import java.net.InetAddress;
import java.util.Arrays;

/**
 * Which addresses a calendar is never fetched from: the server's own and internal networks, and the
 * IPv6 forms that reach them in disguise.
 *
 * <p>IPv4: this network (0/8), private (10/8, 172.16/12, 192.168/16), shared CGNAT (100.64/10),
 * loopback (127/8), link-local (169.254/16), IETF protocol assignments (192.0.0/24), documentation
 * (192.0.2/24, 198.51.100/24, 203.0.113/24), benchmarking (198.18/15), multicast (224/4), reserved
 * and broadcast (240/4).
 *
 * <p>IPv6: unspecified and loopback, IPv4-mapped ({@code ::ffff:a.b.c.d}) and IPv4-compatible
 * ({@code ::a.b.c.d}) addresses embedding a refused IPv4 (the rest of {@code ::/64} is refused
 * outright), NAT64 ({@code 64:ff9b::/96}, {@code 64:ff9b:1::/48}), discard ({@code 100::/64}),
 * Teredo ({@code 2001::/32}), documentation ({@code 2001:db8::/32}), 6to4 ({@code 2002::/16}),
 * unique local ({@code fc00::/7}), link-local ({@code fe80::/10}), site-local ({@code fec0::/10})
 * and multicast ({@code ff00::/8}). NAT64, Teredo and 6to4 are refused whatever they embed: the
 * gateway that unwraps them may sit inside the network.
 */
final class CalendarAddresses {

  private CalendarAddresses() {}

  static boolean isRefused(InetAddress address) {
    byte[] b = address.getAddress();
    return b.length == 4 ? refusedIpv4(b) : refusedIpv6(b);
  }

  private static boolean refusedIpv4(byte[] b) {
    int a = b[0] & 0xff;
    int n = b[1] & 0xff;
    int c = b[2] & 0xff;
    return a == 0
        || a == 10
        || (a == 100 && n >= 64 && n < 128)
        || a == 127
        || (a == 169 && n == 254)
        || (a == 172 && n >= 16 && n < 32)
        || (a == 192 && n == 0 && (c == 0 || c == 2))
        || (a == 192 && n == 168)
        || (a == 198 && (n == 18 || n == 19))
        || (a == 198 && n == 51 && c == 100)
        || (a == 203 && n == 0 && c == 113)
        || a >= 224;
  }

  private static boolean refusedIpv6(byte[] b) {
    if (zero(b, 0, 8)) {
      boolean mapped = zero(b, 8, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
      boolean compatible = zero(b, 8, 12);
      return !(mapped || compatible) || refusedIpv4(Arrays.copyOfRange(b, 12, 16));
    }
    int first = word(b, 0);
    int second = word(b, 1);
    return (first == 0x0064 && second == 0xff9b && zero(b, 4, 12)) // NAT64 well-known
        || (first == 0x0064 && second == 0xff9b && word(b, 2) == 0x0001) // NAT64 local use
        || (first == 0x0100 && zero(b, 2, 8)) // discard
        || (first == 0x2001 && (second == 0x0000 || second == 0x0db8)) // Teredo, documentation
        || first == 0x2002 // 6to4
        || (first & 0xfe00) == 0xfc00 // unique local
        || (first & 0xffc0) == 0xfe80 // link-local
        || (first & 0xffc0) == 0xfec0 // site-local
        || (first & 0xff00) == 0xff00; // multicast
  }

  private static int word(byte[] b, int index) {
    return ((b[2 * index] & 0xff) << 8) | (b[2 * index + 1] & 0xff);
  }

  private static boolean zero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }
}
