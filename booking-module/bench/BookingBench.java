import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A repeatable benchmark of createReservation against the local run (mvn -Prun verify), and of
 * the raw database rate of the insert the exclusion constraint guards, on the same database.
 *
 * <pre>
 * java -cp ~/.m2/repository/org/postgresql/postgresql/42.7.*&#47;postgresql-42.7.*.jar \
 *   booking-module/bench/BookingBench.java
 * </pre>
 *
 * Environment: BASE (http://localhost:8780/booking), ADMIN_TOKEN and GUEST_TOKEN (printed by the
 * local run; a guest of the demo tenant), DB_URL (jdbc:postgresql://localhost:15432/postgres),
 * DB_USER/DB_PASSWORD (postgres/postgres), CLIENTS (32), PER_CLIENT (50), LIST_REQUESTS (200).
 *
 * Each client books 1-night stays on its own listing on consecutive days (never a conflict), so
 * the figures are the cost of a successful booking. The raw rate inserts the same kind of row into
 * booking.calendar_hold (the table with the exclusion constraint) with as many JDBC connections,
 * autocommit, then deletes what it wrote.
 */
public class BookingBench {

  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public static void main(String[] args) throws Exception {
    String base = env("BASE", "http://localhost:8780/booking");
    String admin = env("ADMIN_TOKEN", null);
    String guest = env("GUEST_TOKEN", null);
    int clients = Integer.parseInt(env("CLIENTS", "32"));
    int perClient = Integer.parseInt(env("PER_CLIENT", "50"));
    int listRequests = Integer.parseInt(env("LIST_REQUESTS", "200"));

    List<String> listings = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      listings.add(listing(base, admin));
    }
    LocalDate start = LocalDate.now().plusDays(2);
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger failures = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long began = System.nanoTime();
    List<Future<?>> done = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      String listing = listings.get(c);
      done.add(
          pool.submit(
              () -> {
                for (int n = 0; n < perClient; n++) {
                  LocalDate in = start.plusDays(n);
                  String body =
                      "{\"listingId\":\"" + listing + "\",\"checkIn\":\"" + in + "\",\"checkOut\":\""
                          + in.plusDays(1) + "\",\"guestCount\":1,\"totalPrice\":142.50}";
                  long t = System.nanoTime();
                  int status = send(base + "/v1/reservations", "POST", body, guest);
                  latencies.add(System.nanoTime() - t);
                  if (status != 201) {
                    failures.incrementAndGet();
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    double seconds = (System.nanoTime() - began) / 1e9;
    report("createReservation", latencies, seconds, failures.get(), clients);

    List<Long> lists = new ArrayList<>();
    for (int i = 0; i < listRequests; i++) {
      long t = System.nanoTime();
      send(base + "/v1/reservations?pageRowCount=25", "GET", null, guest);
      lists.add(System.nanoTime() - t);
    }
    report("listReservations (1 client, 25 rows + joins)", lists, 0, 0, 1);

    raw(listings.get(0), clients, perClient);
    pool.shutdown();
  }

  static void raw(String listing, int clients, int perClient) throws Exception {
    String url = env("DB_URL", "jdbc:postgresql://localhost:15432/postgres");
    String user = env("DB_USER", "postgres");
    String password = env("DB_PASSWORD", "postgres");
    UUID source = UUID.randomUUID();
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      try (PreparedStatement s =
          c.prepareStatement(
              "insert into booking.ical_import_source (id, tenant_id, listing_id, kind)"
                  + " select ?, tenant_id, id, 'upload' from booking.listing where id = ?")) {
        s.setObject(1, source);
        s.setObject(2, UUID.fromString(listing));
        s.executeUpdate();
      }
    }
    LocalDate start = LocalDate.now().plusYears(5);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    long began = System.nanoTime();
    List<Future<?>> done = new ArrayList<>();
    for (int k = 0; k < clients; k++) {
      int client = k;
      done.add(
          pool.submit(
              () -> {
                try (Connection c = DriverManager.getConnection(url, user, password);
                    PreparedStatement s =
                        c.prepareStatement(
                            "insert into booking.calendar_hold (id, tenant_id, listing_id, check_in,"
                                + " check_out, import_source_id) select ?, tenant_id, listing_id, ?, ?, id"
                                + " from booking.ical_import_source where id = ?")) {
                  for (int n = 0; n < perClient; n++) {
                    LocalDate in = start.plusDays((long) client * perClient + n);
                    s.setObject(1, UUID.randomUUID());
                    s.setObject(2, in);
                    s.setObject(3, in.plusDays(1));
                    s.setObject(4, source);
                    long t = System.nanoTime();
                    s.executeUpdate();
                    latencies.add(System.nanoTime() - t);
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    double seconds = (System.nanoTime() - began) / 1e9;
    report("raw INSERT calendar_hold (exclusion constraint)", latencies, seconds, 0, clients);
    try (Connection c = DriverManager.getConnection(url, user, password);
        PreparedStatement s =
            c.prepareStatement(
                "delete from booking.calendar_hold where import_source_id = ?;"
                    + " delete from booking.ical_import_source where id = ?")) {
      s.setObject(1, source);
      s.setObject(2, source);
      s.execute();
    }
    pool.shutdown();
  }

  static String listing(String base, String admin) throws Exception {
    String id = UUID.randomUUID().toString();
    String body =
        "{\"hostId\":\"" + UUID.randomUUID() + "\",\"title\":\"Bench\",\"timeZone\":\"Europe/Amsterdam\","
            + "\"nightlyPrice\":100.00,\"currency\":\"EUR\",\"cleaningFee\":25.00,"
            + "\"platformFeeRate\":0.10,\"cityTaxRule\":{\"type\":\"percentOfNightly\",\"percent\":5},"
            + "\"maxGuests\":4,\"approvalType\":\"instant\","
            + "\"bookingPolicy\":{\"minNights\":1,\"maxNights\":365,\"leadTimeDays\":0},"
            + "\"cancellationPolicy\":{\"preset\":\"flexible\"}}";
    int status = send(base + "/v1/listings/" + id, "PUT", body, admin);
    if (status != 200) {
      throw new IllegalStateException("listing upsert answered " + status);
    }
    return id;
  }

  static int send(String url, String method, String body, String token) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json");
    request.method(
        method,
        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  static void report(String name, List<Long> nanos, double seconds, int failures, int clients) {
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    double p50 = sorted.get(sorted.size() / 2) / 1e6;
    double p99 = sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * 0.99))) / 1e6;
    System.out.printf(
        "%-50s n=%d clients=%d%s p50=%.1f ms p99=%.1f ms failures=%d%n",
        name,
        sorted.size(),
        clients,
        seconds > 0 ? String.format(" throughput=%.0f/s", sorted.size() / seconds) : "",
        p50,
        p99,
        failures);
  }

  static String env(String name, String fallback) {
    String value = System.getenv(name);
    if (value == null && fallback == null) {
      throw new IllegalStateException("Set " + name);
    }
    return value == null ? fallback : value;
  }
}
