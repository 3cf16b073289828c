package com.marketplace.booking.infrastructure.ical;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 GET to an address already resolved and checked, never a fresh lookup: the socket
 * connects to that IP, while the request carries the URL's host in {@code Host} and TLS in SNI and
 * certificate checking. The whole exchange (connect, TLS, headers, body) ends by one deadline, and
 * at most {@code maxBytes} of body are read. No redirects are followed; anything but 200 fails.
 */
final class CalendarHttp {

  private static final int MAX_HEADER_BYTES = 65_536;
  private static final String USER_AGENT = "marketplace-booking-calendar-sync";

  /** What one fetch may take. */
  record Limits(Duration connectTimeout, Duration deadline, long maxBytes) {}

  /** The fetch failed: the calendar server's fault or the limits', the message says which. */
  static final class Failure extends IOException {
    Failure(String message) {
      super(message);
    }
  }

  private final URI uri;
  private final Limits limits;
  private final long deadline;

  private CalendarHttp(URI uri, Limits limits) {
    this.uri = uri;
    this.limits = limits;
    this.deadline = System.nanoTime() + limits.deadline().toNanos();
  }

  /** The body of {@code uri}, fetched from the first of {@code addresses} that accepts. */
  static String get(URI uri, List<InetAddress> addresses, Limits limits) throws IOException {
    return new CalendarHttp(uri, limits).get(addresses);
  }

  private String get(List<InetAddress> addresses) throws IOException {
    boolean https = "https".equalsIgnoreCase(uri.getScheme());
    int port = uri.getPort() != -1 ? uri.getPort() : https ? 443 : 80;
    IOException lastFailure = new Failure("the host has no address");
    for (InetAddress address : addresses) {
      Socket socket = new Socket();
      try {
        socket.connect(
            new InetSocketAddress(address, port),
            (int) Math.min(limits.connectTimeout().toMillis(), remainingMillis()));
      } catch (IOException e) {
        socket.close();
        lastFailure = e;
        continue;
      }
      try (Socket open = https ? tls(socket, port) : socket) {
        return exchange(open);
      }
    }
    throw lastFailure;
  }

  private Socket tls(Socket socket, int port) throws IOException {
    String host = bareHost();
    SSLSocket ssl =
        (SSLSocket)
            ((SSLSocketFactory) SSLSocketFactory.getDefault())
                .createSocket(socket, host, port, true);
    SSLParameters parameters = ssl.getSSLParameters();
    parameters.setEndpointIdentificationAlgorithm("HTTPS");
    if (!isLiteral(host)) {
      parameters.setServerNames(List.of(new SNIHostName(host)));
    }
    ssl.setSSLParameters(parameters);
    ssl.setSoTimeout(timeout());
    ssl.startHandshake();
    return ssl;
  }

  private String exchange(Socket socket) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(request().getBytes(StandardCharsets.US_ASCII));
    out.flush();
    InputStream in = new BufferedInputStream(new DeadlineStream(socket));
    String status = line(in);
    String[] parts = status.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
      throw new Failure("the server did not answer HTTP");
    }
    if (!parts[1].equals("200")) {
      throw new Failure("the calendar answered HTTP " + parts[1]);
    }
    long contentLength = -1;
    boolean chunked = false;
    int headerBytes = status.length();
    for (String header = line(in); !header.isEmpty(); header = line(in)) {
      headerBytes += header.length();
      if (headerBytes > MAX_HEADER_BYTES) {
        throw new Failure("the response headers are too large");
      }
      int colon = header.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = header.substring(colon + 1).trim();
      if (name.equals("content-length")) {
        contentLength = contentLength(value);
      } else if (name.equals("transfer-encoding")) {
        chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
      }
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (chunked) {
      readChunked(in, body);
    } else if (contentLength >= 0) {
      if (contentLength > limits.maxBytes()) {
        throw tooLarge();
      }
      copy(in, body, contentLength, true);
    } else {
      copy(in, body, limits.maxBytes() + 1, false);
    }
    return body.toString(StandardCharsets.UTF_8);
  }

  private String request() {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String target = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    String host = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    return "GET "
        + target
        + " HTTP/1.1\r\nHost: "
        + host
        + "\r\nAccept: text/calendar, text/plain;q=0.5, */*;q=0.1\r\nAccept-Encoding: identity"
        + "\r\nUser-Agent: "
        + USER_AGENT
        + "\r\nConnection: close\r\n\r\n";
  }

  private void readChunked(InputStream in, ByteArrayOutputStream body) throws IOException {
    while (true) {
      String sizeLine = line(in);
      int semicolon = sizeLine.indexOf(';');
      long size;
      try {
        size =
            Long.parseLong(
                (semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
      } catch (NumberFormatException e) {
        throw new Failure("the response's chunks are malformed");
      }
      if (size == 0) {
        return;
      }
      if (size < 0 || body.size() + size > limits.maxBytes()) {
        throw tooLarge();
      }
      copy(in, body, size, true);
      line(in);
    }
  }

  /**
   * Copies {@code count} bytes (all of them if {@code exact}, else up to the end) under the cap.
   */
  private void copy(InputStream in, ByteArrayOutputStream body, long count, boolean exact)
      throws IOException {
    byte[] buffer = new byte[8192];
    long left = count;
    while (left > 0) {
      int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (n < 0) {
        if (exact) {
          throw new Failure("the response ended early");
        }
        return;
      }
      body.write(buffer, 0, n);
      left -= n;
      if (body.size() > limits.maxBytes()) {
        throw tooLarge();
      }
    }
  }

  /** A header or chunk line, without its CRLF. */
  private static String line(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new Failure("the response ended early");
      }
      if (line.length() >= MAX_HEADER_BYTES) {
        throw new Failure("a response line is too long");
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  private static long contentLength(String value) throws Failure {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new Failure("the Content-Length is not a number");
    }
  }

  private Failure tooLarge() {
    return new Failure("the calendar is larger than " + limits.maxBytes() + " bytes");
  }

  private String bareHost() {
    String host = uri.getHost();
    return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
  }

  private static boolean isLiteral(String host) {
    return host.contains(":") || host.matches("[0-9.]+");
  }

  private long remainingMillis() throws SocketTimeoutException {
    long left = (deadline - System.nanoTime()) / 1_000_000;
    if (left <= 0) {
      throw new SocketTimeoutException("the fetch took longer than " + limits.deadline());
    }
    return left;
  }

  private int timeout() throws SocketTimeoutException {
    return (int) Math.min(Integer.MAX_VALUE, remainingMillis());
  }

  /** Each read waits at most until the fetch's deadline, however slowly the bytes trickle. */
  private final class DeadlineStream extends InputStream {
    private final Socket socket;
    private final InputStream in;

    DeadlineStream(Socket socket) throws IOException {
      this.socket = socket;
      this.in = socket.getInputStream();
    }

    @Override
    public int read() throws IOException {
      socket.setSoTimeout(timeout());
      return in.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      socket.setSoTimeout(timeout());
      return in.read(b, off, len);
    }
  }
}
