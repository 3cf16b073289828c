package com.marketplace.booking.infrastructure.ical;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.common.error.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IcalFetcherTest {

  private static final String CALENDAR = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n";
  private static final CalendarHttp.Limits LIMITS =
      new CalendarHttp.Limits(Duration.ofSeconds(2), Duration.ofSeconds(2), 1024);

  private final List<ServerSocket> servers = new ArrayList<>();
  private final List<String> requests = new ArrayList<>();

  @ParameterizedTest(name = "{0} refused: {1}")
  @CsvSource({
    "0.0.0.0, true",
    "0.1.2.3, true",
    "10.1.2.3, true",
    "100.64.0.1, true",
    "100.127.255.255, true",
    "100.128.0.1, false",
    "127.0.0.1, true",
    "169.254.169.254, true",
    "172.16.0.1, true",
    "172.31.255.255, true",
    "172.32.0.1, false",
    "192.0.0.8, true",
    "192.0.2.1, true",
    "192.168.1.1, true",
    "198.18.0.1, true",
    "198.19.255.255, true",
    "198.20.0.1, false",
    "198.51.100.7, true",
    "203.0.113.9, true",
    "224.0.0.1, true",
    "240.0.0.1, true",
    "255.255.255.255, true",
    "8.8.8.8, false",
    "93.184.216.34, false",
    "::, true",
    "::1, true",
    "::ffff:127.0.0.1, true",
    "::ffff:10.0.0.1, true",
    "::ffff:198.18.0.1, true",
    "::ffff:8.8.8.8, false",
    "::127.0.0.1, true",
    "::10.0.0.1, true",
    "::240.0.0.1, true",
    "::8.8.8.8, false",
    "::ffff:0:8.8.8.8, true",
    "64:ff9b::7f00:1, true",
    "64:ff9b::808:808, true",
    "64:ff9b:1::a00:1, true",
    "64:ff9b:1:ffff::1, true",
    "100::1, true",
    "2001::1, true",
    "2001:0:4136:e378:8000:63bf:3fff:fdd2, true",
    "2001:db8::1, true",
    "2002:7f00:1::1, true",
    "2002:808:808::1, true",
    "fc00::1, true",
    "fd00::1, true",
    "fe80::1, true",
    "febf::1, true",
    "fec0::1, true",
    "ff02::1, true",
    "2001:4860:4860::8888, false",
    "2a00:1450:4001::200e, false",
    "64:ff9c::1, false"
  })
  void refusesInternalReservedAndDisguisedAddresses(String address, boolean refused)
      throws Exception {
    assertThat(CalendarAddresses.isRefused(InetAddress.getByName(address)), is(refused));
  }

  @Test
  void aHostIsRefusedWhenAnyOfItsAddressesIsInternal() {
    IcalFetcher fetcher = fetcherResolving("8.8.8.8", "10.0.0.1");
    ApiException e =
        assertThrows(
            ApiException.class, () -> fetcher.checkedAddresses("calendar.example", Set.of()));
    assertThat(e.status(), is(400));
    assertThat(e.messageKey(), is("errMsg_iCalUrlRefused"));
  }

  @Test
  void internalHostsAreRefusedUnlessAllowed() {
    IcalFetcher fetcher = new IcalFetcher();
    assertThat(
        assertThrows(ApiException.class, () -> fetcher.checkedAddresses("127.0.0.1", Set.of()))
            .status(),
        is(400));
    assertThrows(ApiException.class, () -> fetcher.checkedAddresses("[::1]", Set.of()));
    assertThat(
        fetcher.checkedAddresses("127.0.0.1", Set.of("127.0.0.1")).get(0).getHostAddress(),
        is("127.0.0.1"));
  }

  @Test
  void refusesOtherSchemesAndCredentials() {
    IcalFetcher fetcher = new IcalFetcher();
    assertThat(
        assertThrows(
                ApiException.class, () -> fetcher.fetch("file:///etc/passwd", Set.of(), LIMITS))
            .status(),
        is(400));
    assertThat(
        assertThrows(
                ApiException.class,
                () -> fetcher.fetch("http://u:p@calendar.example/a.ics", Set.of(), LIMITS))
            .status(),
        is(400));
  }

  @Test
  void theHostIsResolvedOnceAndTheCheckedAddressIsTheOneConnectedTo() throws Exception {
    int port =
        serve(out -> respond(out, "200 OK", "Content-Length: " + CALENDAR.length(), CALENDAR));
    AtomicInteger lookups = new AtomicInteger();
    IcalFetcher fetcher =
        new IcalFetcher(
            host -> {
              // a rebinding name: the first answer is what is checked, and what is used
              return lookups.getAndIncrement() == 0
                  ? new InetAddress[] {InetAddress.getByName("127.0.0.1")}
                  : new InetAddress[] {InetAddress.getByName("10.9.9.9")};
            });

    String body =
        fetcher.fetch(
            "http://calendar.test:" + port + "/feed.ics?k=1", Set.of("calendar.test"), LIMITS);

    assertThat(body, is(CALENDAR));
    assertThat(lookups.get(), is(1));
    assertThat(requests.get(0), containsString("GET /feed.ics?k=1 HTTP/1.1\r\n"));
    assertThat(requests.get(0), containsString("\r\nHost: calendar.test:" + port + "\r\n"));
  }

  @Test
  void chunkedAndUnsizedBodiesAreRead() throws Exception {
    int chunked =
        serve(
            out ->
                respond(
                    out,
                    "200 OK",
                    "Transfer-Encoding: chunked",
                    "11\r\nBEGIN:VCALENDAR\r\n\r\n" + "f\r\nEND:VCALENDAR\r\n\r\n0\r\n\r\n"));
    int unsized = serve(out -> respond(out, "200 OK", "X-Nothing: 1", CALENDAR));

    assertThat(local().fetch(url(chunked), Set.of("127.0.0.1"), LIMITS), is(CALENDAR));
    assertThat(local().fetch(url(unsized), Set.of("127.0.0.1"), LIMITS), is(CALENDAR));
  }

  @Test
  void aBodyOverTheCapIsRefusedWhateverItsFraming() throws Exception {
    String big = "x".repeat(2000);
    int declared = serve(out -> respond(out, "200 OK", "Content-Length: 2000", big));
    int undeclared = serve(out -> respond(out, "200 OK", "X-Nothing: 1", big));
    for (int port : new int[] {declared, undeclared}) {
      ApiException e =
          assertThrows(
              ApiException.class, () -> local().fetch(url(port), Set.of("127.0.0.1"), LIMITS));
      assertThat(e.status(), is(422));
      assertThat(e.detail(), containsString("larger than 1024 bytes"));
    }
  }

  @Test
  void anythingButA200IsAFetchFailure() throws Exception {
    int redirect = serve(out -> respond(out, "302 Found", "Location: http://10.0.0.1/", ""));
    ApiException e =
        assertThrows(
            ApiException.class, () -> local().fetch(url(redirect), Set.of("127.0.0.1"), LIMITS));
    assertThat(e.status(), is(422));
    assertThat(e.detail(), containsString("HTTP 302"));
  }

  @Test
  void aServerTricklingItsBodyIsCutOffAtTheDeadline() throws Exception {
    int slow =
        serve(
            out -> {
              out.write(
                  "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n"
                      .getBytes(StandardCharsets.US_ASCII));
              for (int i = 0; i < 1000; i++) {
                out.write('x');
                out.flush();
                sleep(200);
              }
            });
    CalendarHttp.Limits oneSecond =
        new CalendarHttp.Limits(Duration.ofSeconds(1), Duration.ofSeconds(1), 10_000);

    long started = System.nanoTime();
    ApiException e =
        assertThrows(
            ApiException.class, () -> local().fetch(url(slow), Set.of("127.0.0.1"), oneSecond));

    assertThat(e.status(), is(422));
    assertThat((System.nanoTime() - started) / 1_000_000, lessThan(2_500L));
  }

  @Test
  void aServerThatNeverAnswersIsCutOffAtTheDeadline() throws Exception {
    int silent = serve(out -> sleep(10_000));
    CalendarHttp.Limits oneSecond =
        new CalendarHttp.Limits(Duration.ofSeconds(1), Duration.ofSeconds(1), 10_000);

    long started = System.nanoTime();
    assertThrows(
        ApiException.class, () -> local().fetch(url(silent), Set.of("127.0.0.1"), oneSecond));

    assertThat((System.nanoTime() - started) / 1_000_000, lessThan(2_500L));
  }

  @AfterEach
  void stop() throws IOException {
    for (ServerSocket server : servers) {
      server.close();
    }
  }

  private static IcalFetcher local() {
    return new IcalFetcher();
  }

  private static IcalFetcher fetcherResolving(String... addresses) {
    return new IcalFetcher(
        host -> {
          InetAddress[] resolved = new InetAddress[addresses.length];
          for (int i = 0; i < addresses.length; i++) {
            resolved[i] = InetAddress.getByName(addresses[i]);
          }
          return resolved;
        });
  }

  private static String url(int port) {
    return "http://127.0.0.1:" + port + "/cal.ics";
  }

  private interface Answer {
    void write(OutputStream out) throws IOException;
  }

  /** A one-connection-at-a-time server on 127.0.0.1 that records each request's head. */
  private int serve(Answer answer) throws IOException {
    ServerSocket server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
    servers.add(server);
    Thread thread =
        new Thread(
            () -> {
              while (!server.isClosed()) {
                try (Socket socket = server.accept()) {
                  requests.add(head(socket.getInputStream()));
                  OutputStream out = socket.getOutputStream();
                  answer.write(out);
                  out.flush();
                } catch (IOException e) {
                  // closed by the test or by the client giving up
                }
              }
            });
    thread.setDaemon(true);
    thread.start();
    return server.getLocalPort();
  }

  private static String head(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int c = in.read();
      if (c < 0) {
        break;
      }
      head.append((char) c);
    }
    return head.toString();
  }

  private static void respond(OutputStream out, String status, String header, String body)
      throws IOException {
    out.write(
        ("HTTP/1.1 " + status + "\r\n" + header + "\r\nConnection: close\r\n\r\n" + body)
            .getBytes(StandardCharsets.UTF_8));
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
