package com.marketplace.it.booking;

import static com.marketplace.it.booking.BookingFixtures.as;
import static com.marketplace.it.booking.BookingFixtures.stay;
import static com.marketplace.it.booking.BookingFixtures.today;
import static com.marketplace.it.booking.OtlpCollector.CLIENT;
import static com.marketplace.it.booking.OtlpCollector.CONSUMER;
import static com.marketplace.it.booking.OtlpCollector.PRODUCER;
import static com.marketplace.it.booking.OtlpCollector.SERVER;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.marketplace.it.support.Platform;
import com.marketplace.it.support.PlatformTest;
import com.marketplace.it.support.Tokens;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Tracing on, as an operator turns it on (MicroProfile Config {@code otel.*}, here from a jar in
 * the EAR's {@code lib/} that only this class deploys) with spans exported over OTLP/HTTP to a
 * collector in the test JVM: a client's {@code traceparent} reaches the request's span and access
 * log line, travels through the outbox and JMS to a consumer, each SQL statement of a request has a
 * span below the request's without any value bound to it, and no access token reaches a span. And
 * the webhook lag metric moves when a Stripe event is processed (docs/observability.md).
 */
@PlatformTest
class TelemetryIT {

  private static final OtlpCollector COLLECTOR = OtlpCollector.start();
  private static final String WEBHOOK_SECRET = "whsec_integration_tests_only";

  private final BookingFixtures world = new BookingFixtures();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    String config =
        String.join(
            "\n",
            "otel.sdk.disabled=false",
            "otel.traces.exporter=otlp",
            "otel.exporter.otlp.traces.protocol=http/protobuf",
            "otel.exporter.otlp.traces.endpoint=" + COLLECTOR.endpoint(),
            "otel.bsp.schedule.delay=200",
            "otel.metrics.exporter=none",
            "otel.logs.exporter=none",
            "");
    return Platform.ear()
        .addAsLibrary(
            ShrinkWrap.create(JavaArchive.class, "tracing-on.jar")
                .addAsManifestResource(new StringAsset(config), "microprofile-config.properties"))
        .addAsModule(
            ShrinkWrap.create(WebArchive.class, "traceprobe.war")
                .addClasses(TraceProbe.class, TraceProbeListener.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml"));
  }

  @AfterAll
  static void stopCollector() {
    COLLECTOR.stop();
  }

  @Test
  void aClientsTraceHoldsItsRequestsTheirStatementsAndStripeCallTheRelaysSendAndTheConsumersWork()
      throws Exception {
    String traceId = hex(16);
    String listing = world.instantListing();
    Tokens.User guest = world.guest();
    LocalDate checkIn = today("Europe/Amsterdam").plusDays(25);

    Response booked =
        as(guest)
            .header("traceparent", "00-" + traceId + "-" + hex(8) + "-01")
            .body(stay(listing, checkIn, 2))
            .post("/v1/reservations");
    booked.then().statusCode(201);
    String reservation = booked.path("reservation.id");
    String requestId = booked.header("X-Request-Id");
    as(guest)
        .header("traceparent", "00-" + traceId + "-" + hex(8) + "-01")
        .body(Map.of("paymentUserParams", Map.of("paymentMethodId", "pm_card_visa")))
        .patch("/v1/startreservationpayment/" + reservation)
        .then()
        .statusCode(200);

    await(
        "the consumer got the reservation's event",
        () -> !deliveriesAbout(reservation, "reservation.created").isEmpty(),
        () -> true);
    for (Map<String, String> delivery : deliveriesAbout(reservation, "reservation.created")) {
      System.out.println("delivery: " + delivery);
      assertThat(delivery.get("traceparent"), containsString("00-" + traceId + "-"));
      assertThat(delivery.get("consumerTraceId"), equalTo(traceId));
      assertThat(
          JsonPath.from(delivery.get("body")).getString("traceparent"), containsString(traceId));
    }
    // the payment's outcome arrives later through Stripe's webhook, a request of Stripe's own
    // without the client's traceparent: its event carries that request's trace, and the consumer
    // continues whichever trace the message names
    for (Map<String, String> delivery : deliveriesAbout(reservation, "")) {
      assertThat(
          delivery.toString(),
          delivery.get("traceparent"),
          containsString("00-" + delivery.get("consumerTraceId") + "-"));
    }

    await(
        "the trace's server, client, producer and consumer spans reached the collector",
        () -> holds(() -> assertOneTrace(traceId, reservation)),
        () -> true);
    COLLECTOR.trace(traceId).forEach(span -> System.out.println("span: " + span));
    assertOneTrace(traceId, reservation);
    assertDatabaseSpans(
        traceId,
        List.of(
            reservation,
            listing,
            guest.id().toString(),
            world.tenant.toString(),
            checkIn.toString(),
            "pm_card_visa",
            "pi_",
            "cus_"));

    await(
        "the access log line carries the trace id",
        () -> serverLog().contains("requestId=" + requestId + ", traceId=" + traceId),
        () -> true);
  }

  @Test
  void anAccessTokenSentInTheQueryNeverReachesASpan() throws Exception {
    Tokens.User guest = world.guest();
    String traceId = hex(16);
    Platform.module("booking")
        .header("traceparent", "00-" + traceId + "-" + hex(8) + "-01")
        .queryParam("access_token", guest.token())
        .get("/v1/reservations")
        .then()
        .statusCode(200);

    List<OtlpCollector.Received> trace =
        await(
            "the request's span was exported",
            () -> kinds(traceId).contains(SERVER),
            () -> COLLECTOR.trace(traceId));
    trace.forEach(span -> System.out.println("span: " + span));
    assertThat(one(trace, SERVER, "GET", "/reservations").attributes(), hasKey("http.url"));
    for (OtlpCollector.Received span : COLLECTOR.spans()) {
      assertThat(span.attributes().toString(), not(containsString("access_token")));
    }
    assertThat(COLLECTOR.receivedText(guest.token()), is(false));
    assertThat(COLLECTOR.receivedText("access_token"), is(false));
  }

  /**
   * The booking request's SERVER span has the relay's PRODUCER span below it, whose child is the
   * consumer's CONSUMER span; the payment request's SERVER span has the Stripe CLIENT span below
   * it; the consumer saw the producer's span in the message.
   */
  private static void assertOneTrace(String traceId, String reservation) {
    List<OtlpCollector.Received> trace = COLLECTOR.trace(traceId);
    OtlpCollector.Received booking = one(trace, SERVER, "POST", "/reservations");
    OtlpCollector.Received payment = one(trace, SERVER, "startreservationpayment");
    one(below(trace, payment), CLIENT, "stripe paymentIntents.create");
    OtlpCollector.Received publish = one(below(trace, booking), PRODUCER, "bookingEvents publish");
    one(below(trace, publish), CONSUMER, "TraceProbeListener process");
    assertThat(
        deliveriesAbout(reservation, "reservation.created").stream()
            .map(d -> d.get("traceparent"))
            .toList(),
        hasItem(containsString("-" + publish.spanId() + "-")));
  }

  /**
   * The booking request's SERVER span has a CLIENT span per SQL statement as its children, those
   * EclipseLink sent (the reservation's insert) and those the kernel sent through JDBC (the outbox
   * row's insert), each with the database attributes; no database span of the trace holds any of
   * {@code values} (ids, dates, Stripe ids the requests carried) or a quoted literal; and the
   * relay's statements, which run outside any span, exported none.
   */
  private static void assertDatabaseSpans(String traceId, List<String> values) {
    List<OtlpCollector.Received> trace = COLLECTOR.trace(traceId);
    OtlpCollector.Received booking = one(trace, SERVER, "POST", "/reservations");
    List<OtlpCollector.Received> statements =
        trace.stream()
            .filter(span -> "postgresql".equals(span.attributes().get("db.system")))
            .toList();
    List<String> bookingStatements =
        statements.stream()
            .filter(span -> span.parentSpanId().equals(booking.spanId()))
            .map(OtlpCollector.Received::name)
            .toList();
    System.out.println("the booking's statements: " + bookingStatements);
    assertThat(bookingStatements, hasItem("INSERT booking.reservation"));
    assertThat(bookingStatements, hasItem("INSERT booking.outbox_event"));
    assertThat(bookingStatements, hasItem("SELECT booking.listing"));
    for (OtlpCollector.Received statement : statements) {
      assertThat(statement.toString(), statement.kind(), is(CLIENT));
      String operation = statement.attributes().get("db.operation");
      assertThat(
          statement.toString(),
          statement.name(),
          anyOf(equalTo(operation), startsWith(operation + " ")));
      assertThat(statement.toString(), statement.attributes(), hasKey("db.statement"));
      assertThat(statement.attributes().get("db.statement"), not(containsString("'")));
      for (String value : values) {
        assertThat(statement.name(), not(containsString(value)));
        assertThat(statement.attributes().toString(), not(containsString(value)));
      }
    }
    assertThat(
        "statements outside any span (the relay's) start no trace of their own",
        COLLECTOR.spans().stream()
            .filter(span -> "postgresql".equals(span.attributes().get("db.system")))
            .filter(span -> span.parentSpanId().isEmpty())
            .toList(),
        empty());
    assertThat(
        statements.stream()
            .filter(span -> span.name().equals("INSERT booking.outbox_event"))
            .map(span -> span.attributes().get("db.statement"))
            .toList(),
        hasItem(
            "insert into booking.outbox_event (event_id, topic, event_type, tenant_id, body)"
                + " values (?, ?, ?, ?, ?)"));
  }

  /** The spans of {@code trace} that have {@code ancestor} among their ancestors. */
  private static List<OtlpCollector.Received> below(
      List<OtlpCollector.Received> trace, OtlpCollector.Received ancestor) {
    Map<String, String> parents = new java.util.HashMap<>();
    trace.forEach(span -> parents.put(span.spanId(), span.parentSpanId()));
    return trace.stream()
        .filter(
            span -> {
              for (String up = span.parentSpanId(); up != null && !up.isEmpty(); ) {
                if (up.equals(ancestor.spanId())) {
                  return true;
                }
                up = parents.get(up);
              }
              return false;
            })
        .toList();
  }

  private static boolean holds(Runnable assertion) {
    try {
      assertion.run();
      return true;
    } catch (AssertionError notYet) {
      return false;
    }
  }

  private static List<Integer> kinds(String traceId) {
    return COLLECTOR.trace(traceId).stream().map(OtlpCollector.Received::kind).toList();
  }

  /** The one span of {@code kind} whose name contains every one of {@code parts}. */
  private static OtlpCollector.Received one(
      List<OtlpCollector.Received> trace, int kind, String... parts) {
    List<OtlpCollector.Received> found =
        trace.stream()
            .filter(span -> span.kind() == kind)
            .filter(span -> List.of(parts).stream().allMatch(span.name()::contains))
            .toList();
    assertThat("kind " + kind + " " + List.of(parts) + " in " + trace, found, hasSize(1));
    return found.get(0);
  }

  @Test
  void aProcessedStripeEventMovesTheWebhookLagByHowLongAgoStripeCreatedIt() throws Exception {
    String series = "type=\"customer.created\"";
    String before = scrape();
    long created = Instant.now().minusSeconds(7).getEpochSecond();
    String payload =
        "{\"id\":\"evt_it_"
            + UUID.randomUUID().toString().replace("-", "")
            + "\",\"object\":\"event\",\"api_version\":\"2026-07-29.dahlia\",\"created\":"
            + created
            + ",\"type\":\"customer.created\",\"livemode\":false,\"pending_webhooks\":1,"
            + "\"data\":{\"object\":{\"id\":\"cus_it\",\"object\":\"customer\"}}}";

    Platform.module("payments")
        .contentType("application/json")
        .header("Stripe-Signature", signature(payload))
        .body(payload)
        .post("/v1/stripe/webhook")
        .then()
        .statusCode(200);

    String after = scrape();
    System.out.println(after.lines().filter(l -> l.startsWith("marketplace_webhook")).toList());
    assertThat(
        value(after, "marketplace_webhook_lag_seconds_count", series)
            - value(before, "marketplace_webhook_lag_seconds_count", series),
        is(1.0));
    assertThat(
        value(after, "marketplace_webhook_lag_seconds_sum", series)
            - value(before, "marketplace_webhook_lag_seconds_sum", series),
        greaterThanOrEqualTo(6.0));
    assertThat(
        value(after, "marketplace_webhook_events_total", series)
            - value(before, "marketplace_webhook_events_total", series),
        is(1.0));
  }

  /** The probe's deliveries of events about {@code reservation} whose type starts so. */
  private static List<Map<String, String>> deliveriesAbout(String reservation, String type) {
    List<Map<String, String>> deliveries =
        RestAssured.given()
            .baseUri(Platform.BASE_URL)
            .get("/traceprobe/deliveries")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("$");
    return deliveries.stream()
        .filter(d -> d.get("body").contains(reservation))
        .filter(d -> JsonPath.from(d.get("body")).getString("type").startsWith(type))
        .toList();
  }

  private static String serverLog() {
    Path log =
        Path.of(System.getProperty("payara.home"), "glassfish/domains/domain1/logs/server.log");
    try {
      return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T await(
      String what, BooleanSupplier done, java.util.function.Supplier<T> result)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (!done.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "Not within 20 s: "
                + what
                + " (OTLP exports received: "
                + COLLECTOR.exports()
                + ", spans: "
                + COLLECTOR.spans()
                + "; server.log on telemetry: "
                + serverLog()
                    .lines()
                    .filter(line -> line.toLowerCase().matches(".*(opentelemetry|otel).*"))
                    .limit(20)
                    .toList()
                + ")");
      }
      Thread.sleep(200);
    }
    return result.get();
  }

  private static String signature(String payload) throws Exception {
    long now = Instant.now().getEpochSecond();
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    byte[] hash = mac.doFinal((now + "." + payload).getBytes(StandardCharsets.UTF_8));
    return "t=" + now + ",v1=" + HexFormat.of().formatHex(hash);
  }

  private static String scrape() {
    return Platform.server().get("/metrics").then().statusCode(200).extract().asString();
  }

  private static double value(String text, String name, String... labels) {
    return text.lines()
        .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
        .filter(line -> List.of(labels).stream().allMatch(line::contains))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .sum();
  }

  private static String hex(int bytes) {
    byte[] random = new byte[bytes];
    new java.security.SecureRandom().nextBytes(random);
    random[0] |= 1; // never all zero
    return HexFormat.of().formatHex(random);
  }
}
