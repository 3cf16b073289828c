import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The marketplace benchmark: four scenarios against the local run ({@code mvn -Prun verify}), each
 * at 1, 8, 32 and 64 clients, each beside the same SQL run by the database alone over JDBC in the
 * same run, on the same database. See docs/benchmark.md; run it with {@code bench/run.sh}.
 *
 * <p>Scenarios: createReservation (POST /booking/v1/reservations, a fresh guest per booking since a
 * guest may keep only 3 unpaid holds), floorReservation (POST /bare/reservations: the same SQL
 * in a stateless EJB's transaction of a bare WAR the local run deploys beside the EAR, Payara's
 * own floor for a booking), createEnrollment (POST /enrollment/v1/enrollments, one
 * lesson slot each), GET /booking/currentuser (one token per client, as a browser session sends it)
 * beside GET /bare/ping (a bare JAX-RS resource the local run deploys beside the EAR), and GET
 * /booking/v1/reservations (25 rows with joins, as the host of the listings).
 *
 * <p>The load generator is closed-loop and asynchronous (java.net.http on two threads): each client
 * sends its next request when the previous answer arrived. Its own CPU time is measured and
 * printed. A ratio is printed only when neither side had a single error.
 */
public class MarketplaceBench {

  static final String BASE = env("BASE", "http://localhost:8780");
  static final String DB_URL = env("DB_URL", "jdbc:postgresql://localhost:15432/postgres");
  static final String DB_USER = env("DB_USER", "postgres");
  static final String DB_PASSWORD = env("DB_PASSWORD", "postgres");
  static final UUID TENANT = UUID.fromString("5e2f0c1a-0000-4000-8000-000000000001");
  static final int[] LEVELS =
      Arrays.stream(env("LEVELS", "1,8,32,64").split(",")).mapToInt(Integer::parseInt).toArray();
  static final List<String> SCENARIOS =
      List.of(env("SCENARIOS", "createReservation,floorReservation,createEnrollment,startPayment,currentuser,listReservations").split(","));
  static final String STRIPE = env("STRIPE_BASE", "http://localhost:12111");
  static final int WARMUP_PASSES = Integer.parseInt(env("WARMUP_PASSES", "2"));
  static final Path OUT = Path.of(env("OUT", "target/bench"));
  static final ExecutorService IO = Executors.newFixedThreadPool(2);
  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .executor(IO)
          .build();

  public static void main(String[] args) throws Exception {
    try {
      run();
    } catch (Throwable failed) {
      failed.printStackTrace();
      System.exit(1); // a failed run ends instead of waiting on the threads of its pools
    } finally {
      IO.shutdownNow();
    }
  }

  static void run() throws Exception {
    Tokens tokens = Tokens.load(Path.of(env("DEV_KEY", "ear/devserver/src/main/resources/dev-keys/dev-signing-key.pem")));
    Fixtures fixtures = new Fixtures(tokens);
    LoadSampler load = LoadSampler.start();
    ServerMemory.INSTANCE.takeWindowMaxMib();
    List<Row> rows = new ArrayList<>();
    System.out.printf(
        "Marketplace benchmark against %s and %s; %d cores; load average before: %.2f%n",
        BASE, DB_URL, Runtime.getRuntime().availableProcessors(), loadAverage());
    // unreported passes of each scenario warm the JIT of server, client and database: on a server
    // just started, 80 requests left the 1-client figures 2-3 times worse than a warm server's
    for (int pass = 0; pass < WARMUP_PASSES; pass++) {
      if (SCENARIOS.contains("createReservation")) runScenario(fixtures.reservations(8, 40), 8);
      if (SCENARIOS.contains("floorReservation")) runScenario(fixtures.floorReservations(8, 40), 8);
      if (SCENARIOS.contains("createEnrollment")) runScenario(fixtures.enrollments(8, 40), 8);
      if (SCENARIOS.contains("startPayment")) runScenario(fixtures.payments(8, 20), 8);
      if (SCENARIOS.contains("currentuser")) runScenario(fixtures.currentUser(8, 200), 8);
      if (SCENARIOS.contains("listReservations")) runScenario(fixtures.listReservations(8, 40), 8);
    }
    // commits are counted before the measured runs: the thousands of rows those write keep
    // autovacuum committing for minutes afterwards (counted once at the end: 22 "commits per
    // booking" instead of 5)
    StringBuilder commitLines = new StringBuilder();
    for (String name : List.of("createReservation", "createEnrollment", "startPayment")) {
      if (SCENARIOS.contains(name)) {
        Scenario one =
            switch (name) {
              case "createReservation" -> fixtures.reservations(1, 50);
              case "createEnrollment" -> fixtures.enrollments(1, 50);
              default -> fixtures.payments(1, 50);
            };
        commitLines.append(commitsPerRequest(one)).append("\n");
      }
    }
    for (String name : SCENARIOS) {
      for (int clients : LEVELS) {
        Scenario scenario =
            switch (name) {
              case "createReservation" -> fixtures.reservations(clients, perClient(clients));
              case "floorReservation" -> fixtures.floorReservations(clients, perClient(clients));
              case "createEnrollment" -> fixtures.enrollments(clients, perClient(clients));
              case "startPayment" -> fixtures.payments(clients, perClient(clients));
              case "currentuser" -> fixtures.currentUser(clients, 4 * perClient(clients));
              case "listReservations" -> fixtures.listReservations(clients, perClient(clients));
              default -> throw new IllegalArgumentException("unknown scenario " + name);
            };
        Row row = runScenario(scenario, clients);
        rows.add(row);
        System.out.println(row.line());
      }
    }
    Report.print(rows);
    System.out.print(commitLines);
    Files.createDirectories(OUT);
    Files.writeString(OUT.resolve("report.svg"), Report.svg(rows));
    Files.writeString(OUT.resolve("report.md"), Report.markdown(rows));
    String loadLine = load.summary() + "\n" + ServerMemory.INSTANCE.summary() + "\n\n" + commitLines;
    System.out.println(loadLine);
    Files.writeString(OUT.resolve("report.md"), "\n" + loadLine + "\n", java.nio.file.StandardOpenOption.APPEND);
    System.out.println("Report: " + OUT.resolve("report.svg") + ", " + OUT.resolve("report.md"));
  }

  /** Requests per client at a level: enough to last a few seconds at every level. */
  static int perClient(int clients) {
    return Math.max(10, switch (clients) {
      case 1 -> 150;
      case 8 -> 40;
      default -> 640 / clients;
    });
  }

  /**
   * PostgreSQL's committed transactions (pg_stat_database.xact_commit, anyone's: the request's, the
   * pool's validation queries, the outbox relay) per app request, one client, minus what the
   * database committed in an idle window just as long (the periodic jobs and sweeps, autovacuum):
   * the quieter of two such windows right afterwards, as autovacuum after thousands of writes can
   * commit dozens of times in one of them. An idle backend publishes its counts up to 10 s late,
   * hence the waits. The count is reported as unreliable instead of as a figure when it is below
   * one commit per successful request, or when the two idle windows differ by more than half the
   * requests (a burst of someone else's commits, which may have hit the measured window too).
   */
  static String commitsPerRequest(Scenario s) throws Exception {
    Thread.sleep(11_000);
    long start = System.nanoTime();
    long before = Sql.commits();
    Phase app = http(s, s::request, s.expectedStatus());
    s.settle(); // a payment's webhooks are part of its cost
    Thread.sleep(11_000);
    long during = Sql.commits();
    long window = (System.nanoTime() - start) / 1_000_000;
    Thread.sleep(window);
    long firstIdle = Sql.commits();
    Thread.sleep(window);
    long secondIdle = Sql.commits();
    long firstWindow = firstIdle - during - 1; // each reading is a transaction of its own
    long secondWindow = secondIdle - firstIdle - 1;
    long idle = Math.min(firstWindow, secondWindow);
    long commits = during - before - 1 - idle;
    String counted =
        String.format(
            Locale.ROOT,
            "(%d commits for %d requests, %d errors, 1 client, less %d committed in the quieter of"
                + " two idle windows as long: %d and %d)",
            commits, app.n(), app.errors(), idle, firstWindow, secondWindow);
    if (commits < app.n() - app.errors() || Math.abs(firstWindow - secondWindow) > app.n() / 2) {
      return s.name() + ": commits per request unreliable " + counted + ".";
    }
    return String.format(
        Locale.ROOT,
        "%s: %.2f database commits per request %s.",
        s.name(), commits / (double) app.n(), counted);
  }

  static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  /**
   * The server's CPU time from /proc (Linux clock ticks, 10 ms): all its threads, and of it its JIT
   * compiler threads and its garbage collector's threads (by thread name). A row reports these for
   * its app phase: on 2 cores a server still compiling spends much of the machine on it.
   */
  record ServerCpu(long totalTicks, long jitTicks, long gcTicks) {
    static final ServerCpu NONE = new ServerCpu(0, 0, 0);

    static ServerCpu read() {
      long pid = ServerMemory.INSTANCE.pid;
      if (pid < 0) {
        return NONE;
      }
      long total = ticks(Path.of("/proc/" + pid + "/stat"));
      long jit = 0;
      long gc = 0;
      try (var tasks = Files.newDirectoryStream(Path.of("/proc/" + pid + "/task"))) {
        for (Path task : tasks) {
          String name = threadName(task);
          if (name.contains("CompilerThre")) {
            jit += ticks(task.resolve("stat"));
          } else if (name.startsWith("GC Thread") || name.startsWith("G1 ")) {
            gc += ticks(task.resolve("stat"));
          }
        }
      } catch (IOException e) {
        return NONE; // the server went away
      }
      return new ServerCpu(total, jit, gc);
    }

    private static String threadName(Path task) {
      try {
        return Files.readString(task.resolve("comm")).trim();
      } catch (IOException e) {
        return ""; // the thread ended
      }
    }

    /** utime + stime of a /proc stat file (fields 14 and 15; the name, field 2, may hold spaces). */
    private static long ticks(Path stat) {
      try {
        String text = Files.readString(stat);
        String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      } catch (IOException | RuntimeException e) {
        return 0;
      }
    }

    /**
     * Waits (at most 30 s) until the server's compilers have been idle for a second: a burst of
     * requests (a warm-up pass, the row before) leaves C2 a queue of methods that it would otherwise
     * compile during the next row, 60-70 % of the server's CPU in a 1-client row.
     */
    static void awaitIdleCompiler() throws InterruptedException {
      long deadline = System.nanoTime() + 30_000_000_000L;
      long last = read().jitTicks;
      while (System.nanoTime() < deadline) {
        Thread.sleep(1000);
        long now = read().jitTicks;
        if (now >= last && now - last <= 2) { // (a compiler thread that ended lowers the sum)
          return;
        }
        last = now;
      }
    }

    ServerCpu minus(ServerCpu before) {
      return new ServerCpu(totalTicks - before.totalTicks, jitTicks - before.jitTicks, gcTicks - before.gcTicks);
    }

    double totalMs() {
      return totalTicks * 10.0;
    }

    double jitPercent() {
      return totalTicks == 0 ? 0 : 100.0 * jitTicks / totalTicks;
    }

    double gcPercent() {
      return totalTicks == 0 ? 0 : 100.0 * gcTicks / totalTicks;
    }
  }

  /**
   * The Payara server's resident set size (VmRSS of /proc/PID/status) every second: the most of each
   * scenario's row, and of the whole run. The server is the JVM whose command line names Payara's
   * main class and the local run's domain, or PAYARA_PID.
   */
  static final class ServerMemory {
    static final ServerMemory INSTANCE = start();
    private final long pid;
    private final java.util.concurrent.atomic.AtomicLong windowMax = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong overallMax = new java.util.concurrent.atomic.AtomicLong();

    private ServerMemory(long pid) {
      this.pid = pid;
    }

    static ServerMemory start() {
      String given = System.getenv("PAYARA_PID");
      long pid =
          given != null && !given.isBlank()
              ? Long.parseLong(given.trim())
              : ProcessHandle.allProcesses()
                  .filter(p -> p.info().commandLine().map(c -> c.contains("ASMain") && c.contains("domains/marketplace")).orElse(false))
                  .mapToLong(ProcessHandle::pid)
                  .findFirst()
                  .orElse(-1);
      ServerMemory memory = new ServerMemory(pid);
      if (pid < 0) {
        System.out.println("Server RSS: Payara's process not found (set PAYARA_PID); not sampled");
        return memory;
      }
      every(1000, () -> {
        long kib = memory.rssKib();
        memory.windowMax.accumulateAndGet(kib, Math::max);
        memory.overallMax.accumulateAndGet(kib, Math::max);
      });
      return memory;
    }

    long rssKib() {
      try {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
          if (line.startsWith("VmRSS:")) {
            return Long.parseLong(line.replaceAll("[^0-9]", ""));
          }
        }
      } catch (Exception e) {
        // the server went away: nothing to sample
      }
      return 0;
    }

    /** The most since the last call, in MiB (0 when not sampled). */
    double takeWindowMaxMib() {
      long now = pid < 0 ? 0 : rssKib();
      return Math.max(now, windowMax.getAndSet(now)) / 1024.0;
    }

    String summary() {
      return pid < 0
          ? "Server RSS: not sampled."
          : String.format(Locale.ROOT, "Server RSS (Payara, pid %d, sampled every 1 s): max %.0f MiB (%.2f GiB) over the whole run.",
              pid, overallMax.get() / 1024.0, overallMax.get() / 1024.0 / 1024.0);
    }
  }

  /** The 1-minute load average every 2 s while the benchmark runs: other work on the machine. */
  static final class LoadSampler {
    private final List<Double> samples = java.util.Collections.synchronizedList(new ArrayList<>());

    static LoadSampler start() {
      LoadSampler sampler = new LoadSampler();
      every(2000, () -> sampler.samples.add(loadAverage()));
      return sampler;
    }

    String summary() {
      List<Double> copy = new ArrayList<>(samples);
      return String.format(
          Locale.ROOT,
          "Load average (1 min) during the run: mean %.2f, max %.2f on %d cores (%d samples).",
          copy.stream().mapToDouble(Double::doubleValue).average().orElse(0),
          copy.stream().mapToDouble(Double::doubleValue).max().orElse(0),
          Runtime.getRuntime().availableProcessors(),
          copy.size());
    }
  }

  /** Runs {@code sample} every {@code millis} on a daemon thread for the rest of the run. */
  static void every(long millis, Runnable sample) {
    Thread thread =
        new Thread(
            () -> {
              while (true) {
                sample.run();
                try {
                  Thread.sleep(millis);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    thread.setDaemon(true);
    thread.start();
  }

  // ---------------------------------------------------------------- running

  record Phase(int n, double seconds, long[] nanos, int errors, String firstError, double cpuPercent) {
    double throughput() {
      return n / seconds;
    }

    double percentile(double p) {
      long[] sorted = nanos.clone();
      Arrays.sort(sorted);
      return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))] / 1e6;
    }
  }

  record Row(String scenario, int clients, Phase app, Phase db, String dbName, double rssMib, ServerCpu server) {
    /** The server's CPU per app request, all its threads, in ms. */
    double serverMsPerRequest() {
      return server.totalMs() / app.n;
    }

    String ratio() {
      if (app.errors > 0 || db.errors > 0) {
        return "refused (errors)";
      }
      return String.format(Locale.ROOT, "%.2f", app.throughput() / db.throughput());
    }

    String line() {
      return String.format(
          Locale.ROOT,
          "%-18s %3d clients | app %7.0f/s p50 %6.1f p99 %6.1f ms err %d (client cpu %4.1f%%) | %s %7.0f/s p50 %6.1f p99 %6.1f ms err %d | ratio %s | server %.1f ms CPU/req (JIT %.0f%%, GC %.0f%%) | server RSS max %.0f MiB%s",
          scenario, clients, app.throughput(), app.percentile(0.5), app.percentile(0.99), app.errors,
          app.cpuPercent, dbName, db.throughput(), db.percentile(0.5), db.percentile(0.99), db.errors,
          ratio(),
          serverMsPerRequest(), server.jitPercent(), server.gcPercent(),
          rssMib,
          app.firstError == null ? "" : "  first app error: " + app.firstError);
    }
  }

  interface Scenario {
    String name();

    int clients();

    int perClient();

    HttpRequest request(int client, int n);

    int expectedStatus();

    String baselineName();

    /** The same work without the server: JDBC, or a bare HTTP resource. */
    Phase baseline() throws Exception;

    /** Waits, after the app phase, for work the requests left queued (webhooks). */
    default void settle() throws Exception {}
  }

  static Row runScenario(Scenario s, int clients) throws Exception {
    ServerCpu.awaitIdleCompiler();
    ServerMemory.INSTANCE.takeWindowMaxMib();
    ServerCpu before = ServerCpu.read();
    Phase app = http(s, s::request, s.expectedStatus());
    ServerCpu spent = ServerCpu.read().minus(before);
    s.settle();
    Phase db = s.baseline();
    return new Row(s.name(), clients, app, db, s.baselineName(), ServerMemory.INSTANCE.takeWindowMaxMib(), spent);
  }

  interface RequestSource {
    HttpRequest request(int client, int n);
  }

  /** A closed loop of {@code clients} asynchronous clients, {@code perClient} requests each. */
  static Phase http(Scenario s, RequestSource source, int expected) throws Exception {
    int clients = s.clients();
    int perClient = s.perClient();
    HttpRequest[][] prepared = new HttpRequest[clients][perClient];
    for (int c = 0; c < clients; c++) {
      for (int n = 0; n < perClient; n++) {
        prepared[c][n] = source.request(c, n);
      }
    }
    long[] nanos = new long[clients * perClient];
    AtomicInteger errors = new AtomicInteger();
    String[] firstError = new String[1];
    long cpu0 = processCpuNanos();
    long began = System.nanoTime();
    List<CompletableFuture<Void>> all = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      CompletableFuture<Void> done = new CompletableFuture<>();
      all.add(done);
      sendNext(prepared[c], 0, c * perClient, nanos, expected, errors, firstError, done);
    }
    CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get();
    double seconds = (System.nanoTime() - began) / 1e9;
    double cpu = (processCpuNanos() - cpu0) / 1e9 / seconds * 100;
    return new Phase(nanos.length, seconds, nanos, errors.get(), firstError[0], cpu);
  }

  static void sendNext(
      HttpRequest[] requests, int n, int slot, long[] nanos, int expected, AtomicInteger errors,
      String[] firstError, CompletableFuture<Void> done) {
    if (n == requests.length) {
      done.complete(null);
      return;
    }
    long t = System.nanoTime();
    HTTP.sendAsync(requests[n], HttpResponse.BodyHandlers.ofString())
        .whenComplete(
            (response, failure) -> {
              nanos[slot + n] = System.nanoTime() - t;
              if (failure != null || response.statusCode() != expected) {
                if (errors.getAndIncrement() == 0) {
                  firstError[0] =
                      failure != null
                          ? failure.toString()
                          : response.statusCode() + " " + abbreviate(response.body());
                }
              }
              sendNext(requests, n + 1, slot, nanos, expected, errors, firstError, done);
            });
  }

  /** One unit of work that completes with null when it succeeded, or with what went wrong. */
  interface AsyncWork {
    CompletableFuture<String> start(int client, int n);
  }

  /** A closed loop of {@code clients} asynchronous clients, each doing {@code perClient} works. */
  static Phase closedLoop(int clients, int perClient, AsyncWork work) throws Exception {
    long[] nanos = new long[clients * perClient];
    AtomicInteger errors = new AtomicInteger();
    String[] firstError = new String[1];
    long cpu0 = processCpuNanos();
    long began = System.nanoTime();
    List<CompletableFuture<Void>> all = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      CompletableFuture<Void> done = new CompletableFuture<>();
      all.add(done);
      nextWork(work, c, 0, perClient, nanos, errors, firstError, done);
    }
    CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get();
    double seconds = (System.nanoTime() - began) / 1e9;
    double cpu = (processCpuNanos() - cpu0) / 1e9 / seconds * 100;
    return new Phase(nanos.length, seconds, nanos, errors.get(), firstError[0], cpu);
  }

  static void nextWork(
      AsyncWork work, int c, int n, int perClient, long[] nanos, AtomicInteger errors,
      String[] firstError, CompletableFuture<Void> done) {
    if (n == perClient) {
      done.complete(null);
      return;
    }
    long t = System.nanoTime();
    work.start(c, n)
        .whenComplete(
            (problem, failure) -> {
              nanos[c * perClient + n] = System.nanoTime() - t;
              String error = failure != null ? failure.toString() : problem;
              if (error != null && errors.getAndIncrement() == 0) {
                firstError[0] = error;
              }
              nextWork(work, c, n + 1, perClient, nanos, errors, firstError, done);
            });
  }

  /**
   * Waits until the Stripe emulator has delivered every webhook queued so far: it delivers them
   * one at a time, so a payment scenario leaves a queue that would otherwise load the server during
   * the next scenario.
   */
  static void awaitWebhooks() throws Exception {
    HttpRequest poll = HttpRequest.newBuilder(URI.create(STRIPE + "/_emulator/webhooks/outstanding")).build();
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    while (true) {
      String body = HTTP.send(poll, HttpResponse.BodyHandlers.ofString()).body();
      if (body.matches("(?s).*\"outstanding\"\\s*:\\s*0\\b.*")) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("webhooks still queued after 5 minutes: " + body);
      }
      Thread.sleep(500);
    }
  }

  /** Turns the Stripe emulator's webhook deliveries on or off. */
  static void autoDelivery(boolean on) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(STRIPE + "/_emulator/webhooks"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"auto_delivery\":" + on + "}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("auto_delivery " + on + ": " + r.statusCode() + " " + r.body());
    }
  }

  /** A POST to the Stripe emulator, form-encoded with a fresh idempotency key, as stripe-java sends. */
  static CompletableFuture<HttpResponse<String>> stripe(String path, String form) {
    return HTTP.sendAsync(
        HttpRequest.newBuilder(URI.create(STRIPE + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer sk_test_bench")
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static final java.util.regex.Pattern CUSTOMER_ID = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"(cus_[A-Za-z0-9]+)\"");
  static final java.util.regex.Pattern SUCCEEDED = java.util.regex.Pattern.compile("\"status\"\\s*:\\s*\"succeeded\"");

  /** {@code clients} JDBC connections, each running {@code perClient} transactions. */
  static Phase jdbc(int clients, int perClient, Transaction work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Connection> connections = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Connection connection = DriverManager.getConnection(DB_URL, DB_USER, DB_PASSWORD);
      connection.setAutoCommit(false);
      connections.add(connection);
    }
    long[] nanos = new long[clients * perClient];
    AtomicInteger errors = new AtomicInteger();
    String[] firstError = new String[1];
    long cpu0 = processCpuNanos();
    long began = System.nanoTime();
    List<Future<?>> all = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      all.add(
          pool.submit(
              () -> {
                Connection connection = connections.get(client);
                for (int n = 0; n < perClient; n++) {
                  long t = System.nanoTime();
                  try {
                    work.run(connection, client, n);
                    connection.commit();
                  } catch (SQLException e) {
                    if (errors.getAndIncrement() == 0) {
                      firstError[0] = e.getMessage();
                    }
                    connection.rollback();
                  }
                  nanos[client * perClient + n] = System.nanoTime() - t;
                }
                return null;
              }));
    }
    for (Future<?> f : all) {
      f.get();
    }
    double seconds = (System.nanoTime() - began) / 1e9;
    double cpu = (processCpuNanos() - cpu0) / 1e9 / seconds * 100;
    for (Connection connection : connections) {
      connection.close();
    }
    pool.shutdown();
    if (firstError[0] != null) {
      System.out.println("  first database error: " + firstError[0]);
    }
    return new Phase(nanos.length, seconds, nanos, errors.get(), firstError[0], cpu);
  }

  interface Transaction {
    void run(Connection connection, int client, int n) throws SQLException;
  }

  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  static HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(BASE + path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json");
    return token == null ? b : b.header("Authorization", "Bearer " + token);
  }

  static String abbreviate(String s) {
    return s == null ? "" : s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }

  static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  // ---------------------------------------------------------------- tokens

  /** RS256 tokens signed with the local run's DEV-ONLY key, as DevTokens mints them. */
  static final class Tokens {
    private final PrivateKey key;

    private Tokens(PrivateKey key) {
      this.key = key;
    }

    static Tokens load(Path pem) throws Exception {
      String base64 =
          Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
      return new Tokens(
          KeyFactory.getInstance("RSA")
              .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64))));
    }

    String mint(UUID user, String role) {
      long now = Instant.now().getEpochSecond();
      String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"dev-1\"}";
      String claims =
          String.format(
              "{\"iss\":\"https://marketplace.local/dev\",\"sub\":\"%s\",\"jti\":\"%s\",\"iat\":%d,"
                  + "\"exp\":%d,\"upn\":\"bench@bench.test\",\"groups\":[\"%s\"],\"tenantId\":\"%s\","
                  + "\"sessionId\":\"%s\",\"email\":\"bench@bench.test\",\"fullname\":\"Bench %s\"}",
              user, UUID.randomUUID(), now - 5, now + 3600, role, TENANT, UUID.randomUUID(), role);
      Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
      String signingInput =
          b64.encodeToString(header.getBytes(StandardCharsets.UTF_8))
              + "."
              + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
      try {
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + b64.encodeToString(rsa.sign());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }

  // ---------------------------------------------------------------- fixtures and scenarios

  static final class Fixtures {
    final Tokens tokens;
    final String admin;
    // the host of every listing the run makes; BENCH_HOST names an earlier run's host (listing
    // thousands of reservations) for a listReservations run alone
    final UUID host = UUID.fromString(env("BENCH_HOST", UUID.randomUUID().toString()));
    final String hostToken;

    Fixtures(Tokens tokens) {
      this.tokens = tokens;
      this.admin = tokens.mint(UUID.fromString("5e2f0c1a-0000-4000-8000-0000000000a1"), "admin");
      this.hostToken = tokens.mint(host, "host");
    }

    static void put(String path, String token, String body) throws Exception {
      HttpResponse<String> r =
          HTTP.send(
              request(path, token).PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new IllegalStateException("PUT " + path + " answered " + r.statusCode() + " " + r.body());
      }
    }

    UUID listing() throws Exception {
      UUID id = UUID.randomUUID();
      put(
          "/booking/v1/listings/" + id,
          admin,
          "{\"hostId\":\"" + host + "\",\"title\":\"Bench\",\"timeZone\":\"Europe/Amsterdam\","
              + "\"nightlyPrice\":100.00,\"currency\":\"EUR\",\"cleaningFee\":25.00,"
              + "\"platformFeeRate\":0.10,\"cityTaxRule\":{\"type\":\"percentOfNightly\",\"percent\":5},"
              + "\"maxGuests\":4,\"approvalType\":\"instant\","
              + "\"bookingPolicy\":{\"minNights\":1,\"maxNights\":365,\"leadTimeDays\":0},"
              + "\"cancellationPolicy\":{\"preset\":\"flexible\"}}");
      return id;
    }

    Scenario reservations(int clients, int perClient) throws Exception {
      UUID[] listings = new UUID[clients];
      for (int c = 0; c < clients; c++) {
        listings[c] = listing();
      }
      LocalDate start = LocalDate.now().plusDays(2);
      LocalDate dbStart = LocalDate.now().plusYears(3);
      String[][] guests = new String[clients][perClient];
      UUID[][] guestIds = new UUID[clients][perClient];
      for (int c = 0; c < clients; c++) {
        for (int n = 0; n < perClient; n++) {
          guestIds[c][n] = UUID.randomUUID();
          guests[c][n] = tokens.mint(guestIds[c][n], "guest");
        }
      }
      return new BaseScenario("createReservation", clients, perClient, 201, "db (same SQL, 1 tx)") {
        public HttpRequest request(int c, int n) {
          LocalDate in = start.plusDays(n);
          String body =
              "{\"listingId\":\"" + listings[c] + "\",\"checkIn\":\"" + in + "\",\"checkOut\":\""
                  + in.plusDays(1) + "\",\"guestCount\":1,\"totalPrice\":142.50}";
          return MarketplaceBench.request("/booking/v1/reservations", guests[c][n])
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build();
        }

        public Phase baseline() throws Exception {
          return jdbc(clients, perClient, (con, c, n) -> Sql.reservation(con, listings[c], guestIds[c][n], dbStart.plusDays(n)));
        }
      };
    }

    /**
     * The same bookings as {@link #reservations}, sent to the bare WAR's {@code POST
     * /bare/reservations}: the same SQL in a stateless EJB's JTA transaction on a Payara pool, with
     * no token, kernel, domain or JPA around it. What Payara alone costs around that SQL.
     */
    Scenario floorReservations(int clients, int perClient) throws Exception {
      UUID[] listings = new UUID[clients];
      for (int c = 0; c < clients; c++) {
        listings[c] = listing();
      }
      LocalDate start = LocalDate.now().plusDays(2);
      LocalDate dbStart = LocalDate.now().plusYears(3);
      UUID[][] guests = new UUID[clients][perClient];
      for (int c = 0; c < clients; c++) {
        for (int n = 0; n < perClient; n++) {
          guests[c][n] = UUID.randomUUID();
        }
      }
      return new BaseScenario("floorReservation", clients, perClient, 201, "db (same SQL, 1 tx)") {
        public HttpRequest request(int c, int n) {
          String body =
              "{\"tenantId\":\"" + TENANT + "\",\"listingId\":\"" + listings[c] + "\",\"guestId\":\""
                  + guests[c][n] + "\",\"checkIn\":\"" + start.plusDays(n) + "\"}";
          return MarketplaceBench.request("/bare/reservations", null)
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build();
        }

        public Phase baseline() throws Exception {
          return jdbc(clients, perClient, (con, c, n) -> Sql.reservation(con, listings[c], guests[c][n], dbStart.plusDays(n)));
        }
      };
    }

    Scenario enrollments(int clients, int perClient) throws Exception {
      UUID tutorProfile = UUID.randomUUID();
      put(
          "/enrollment/v1/admin/tutorprofiles/" + tutorProfile,
          admin,
          "{\"tutorId\":\"" + UUID.randomUUID() + "\",\"certifications\":\"CELTA\",\"bio\":\"Bench\",\"status\":\"active\"}");
      UUID pack = UUID.randomUUID();
      put(
          "/enrollment/v1/admin/coursepacks/" + pack,
          admin,
          "{\"tutorProfileId\":\"" + tutorProfile + "\",\"title\":\"Bench pack\",\"price\":90.0,"
              + "\"currency\":\"EUR\",\"category\":\"languages\",\"schedulingType\":\"fixed\","
              + "\"requiresPreliminaryMeeting\":false}");
      // slots for the app and for the database baseline, written straight into the table the
      // admin route writes (thousands of PUTs would take longer than the benchmark)
      UUID[][] appSlots = Sql.slots(pack, clients, perClient);
      UUID[][] dbSlots = Sql.slots(pack, clients, perClient);
      String[] students = new String[clients];
      UUID[] studentIds = new UUID[clients];
      for (int c = 0; c < clients; c++) {
        studentIds[c] = UUID.randomUUID();
        students[c] = tokens.mint(studentIds[c], "student");
      }
      return new BaseScenario("createEnrollment", clients, perClient, 201, "db (same SQL, 1 tx)") {
        public HttpRequest request(int c, int n) {
          String body =
              "{\"coursePackId\":\"" + pack + "\",\"tutorProfileId\":\"" + tutorProfile
                  + "\",\"lessonSlotIds\":[\"" + appSlots[c][n] + "\"],\"totalAmount\":90.0,"
                  + "\"currency\":\"EUR\",\"refundStatus\":\"notRequested\"}";
          return MarketplaceBench.request("/enrollment/v1/enrollments", students[c])
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build();
        }

        public Phase baseline() throws Exception {
          return jdbc(clients, perClient, (con, c, n) -> Sql.enrollment(con, pack, tutorProfile, studentIds[c], dbSlots[c][n]));
        }
      };
    }

    /**
     * A guest per client pays its own confirmed, unpaid reservations (written straight into the
     * tables with the SQL the app runs when booking), one PATCH startreservationpayment each with a
     * test card. The app calls the Stripe emulator: a customer on the guest's first payment, then
     * attach the card and create a confirmed PaymentIntent each time. The baseline makes the same
     * Stripe calls to the emulator directly.
     */
    Scenario payments(int clients, int perClient) throws Exception {
      UUID[] listings = new UUID[clients];
      String[] guests = new String[clients];
      UUID[][] reservations = new UUID[clients][perClient];
      LocalDate start = LocalDate.now().plusDays(2);
      try (Connection con = Sql.connect()) {
        con.setAutoCommit(false);
        for (int c = 0; c < clients; c++) {
          listings[c] = listing();
          UUID guest = UUID.randomUUID();
          guests[c] = tokens.mint(guest, "guest");
          for (int n = 0; n < perClient; n++) {
            reservations[c][n] = Sql.reservation(con, listings[c], guest, start.plusDays(n));
          }
        }
        con.commit();
      }
      String[] customers = new String[clients];
      return new BaseScenario("startPayment", clients, perClient, 200, "Stripe emulator alone (same calls)") {
        public HttpRequest request(int c, int n) {
          return MarketplaceBench.request("/booking/v1/startreservationpayment/" + reservations[c][n], guests[c])
              .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"paymentUserParams\":{\"paymentMethodId\":\"pm_card_visa\"}}"))
              .build();
        }

        public void settle() throws Exception {
          awaitWebhooks();
        }

        /** Without webhooks: the server knows none of these PaymentIntents. */
        public Phase baseline() throws Exception {
          autoDelivery(false);
          try {
            return paymentsWithoutTheServer();
          } finally {
            autoDelivery(true);
          }
        }

        Phase paymentsWithoutTheServer() throws Exception {
          return closedLoop(clients, perClient, (c, n) -> {
            CompletableFuture<String> customer =
                n == 0
                    ? stripe("/v1/customers", "email=bench%40bench.test&name=Bench+guest&metadata%5Bbench%5D=1")
                        .thenApply(r -> {
                          java.util.regex.Matcher m = CUSTOMER_ID.matcher(r.body());
                          if (r.statusCode() != 200 || !m.find()) {
                            throw new IllegalStateException("customer: " + r.statusCode() + " " + abbreviate(r.body()));
                          }
                          return customers[c] = m.group(1);
                        })
                    : CompletableFuture.completedFuture(customers[c]);
            return customer
                .thenCompose(cus -> stripe("/v1/payment_methods/pm_card_visa/attach", "customer=" + cus)
                    .thenCompose(attached -> {
                      if (attached.statusCode() != 200) {
                        return CompletableFuture.completedFuture("attach: " + attached.statusCode() + " " + abbreviate(attached.body()));
                      }
                      return stripe("/v1/payment_intents",
                              "amount=14250&currency=eur&customer=" + cus + "&payment_method=pm_card_visa"
                                  + "&payment_method_types%5B0%5D=card&confirm=true&metadata%5Bbench%5D=" + UUID.randomUUID())
                          .thenApply(pi -> pi.statusCode() == 200 && SUCCEEDED.matcher(pi.body()).find()
                              ? null
                              : "payment_intents: " + pi.statusCode() + " " + abbreviate(pi.body()));
                    }));
          });
        }
      };
    }

    Scenario currentUser(int clients, int perClient) {
      String[] sessions = new String[clients];
      for (int c = 0; c < clients; c++) {
        sessions[c] = tokens.mint(UUID.randomUUID(), "guest");
      }
      return new BaseScenario("currentuser", clients, perClient, 200, "bare JAX-RS") {
        public HttpRequest request(int c, int n) {
          return MarketplaceBench.request("/booking/currentuser", sessions[c]).GET().build();
        }

        public Phase baseline() throws Exception {
          return http(this, (c, n) -> MarketplaceBench.request("/bare/ping", null).GET().build(), 200);
        }
      };
    }

    Scenario listReservations(int clients, int perClient) {
      return new BaseScenario("listReservations", clients, perClient, 200, "db (same SELECTs)") {
        public HttpRequest request(int c, int n) {
          return MarketplaceBench.request("/booking/v1/reservations?pageRowCount=25", hostToken).GET().build();
        }

        public Phase baseline() throws Exception {
          return jdbc(clients, perClient, (con, c, n) -> Sql.listReservations(con, host));
        }
      };
    }
  }

  abstract static class BaseScenario implements Scenario {
    final String name;
    final int clients;
    final int perClient;
    final int expected;
    final String baselineName;

    BaseScenario(String name, int clients, int perClient, int expected, String baselineName) {
      this.name = name;
      this.clients = clients;
      this.perClient = perClient;
      this.expected = expected;
      this.baselineName = baselineName;
    }

    public String name() {
      return name;
    }

    public int clients() {
      return clients;
    }

    public int perClient() {
      return perClient;
    }

    public int expectedStatus() {
      return expected;
    }

    public String baselineName() {
      return baselineName;
    }
  }

  // ---------------------------------------------------------------- report

  static final class Report {
    static final String[] COLORS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd"};

    static void print(List<Row> rows) {
      System.out.println();
      System.out.print(markdown(rows));
    }

    static String markdown(List<Row> rows) {
      StringBuilder out = new StringBuilder();
      out.append("| scenario | clients | app req/s | app p50 ms | app p99 ms | app errors | client CPU | baseline | baseline /s | baseline p50 ms | baseline p99 ms | baseline errors | app/baseline | server CPU ms/req | of it JIT | of it GC | server RSS max MiB |\n");
      out.append("|---|--:|--:|--:|--:|--:|--:|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
      for (Row r : rows) {
        out.append(
            String.format(
                Locale.ROOT,
                "| %s | %d | %.0f | %.1f | %.1f | %d | %.0f%% | %s | %.0f | %.1f | %.1f | %d | %s | %.1f | %.0f%% | %.0f%% | %.0f |%n",
                r.scenario, r.clients, r.app.throughput(), r.app.percentile(0.5), r.app.percentile(0.99),
                r.app.errors, r.app.cpuPercent, r.dbName, r.db.throughput(), r.db.percentile(0.5),
                r.db.percentile(0.99), r.db.errors, r.ratio(), r.serverMsPerRequest(),
                r.server.jitPercent(), r.server.gcPercent(), r.rssMib));
      }
      return out.toString();
    }

    /** Per scenario: throughput vs clients (app and baseline), and p50/p99 latency vs clients. */
    static String svg(List<Row> rows) {
      List<String> scenarios = rows.stream().map(Row::scenario).distinct().toList();
      int panelW = 380, panelH = 220, pad = 50;
      int width = 2 * (panelW + pad) + pad, height = scenarios.size() * (panelH + pad + 30) + 40;
      StringBuilder svg = new StringBuilder();
      svg.append(String.format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"11\">%n", width, height));
      svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
      svg.append(String.format("<text x=\"%d\" y=\"20\" font-size=\"14\">Marketplace benchmark: throughput and latency vs clients (app solid, baseline dashed)</text>%n", pad));
      int y = 40;
      for (String scenario : scenarios) {
        List<Row> own = rows.stream().filter(r -> r.scenario.equals(scenario)).toList();
        double[] x = own.stream().mapToDouble(r -> r.clients).toArray();
        panel(svg, pad, y, panelW, panelH, scenario + ": requests/s", x,
            List.of(own.stream().mapToDouble(r -> r.app.throughput()).toArray(),
                own.stream().mapToDouble(r -> r.db.throughput()).toArray()),
            List.of("app", own.get(0).dbName), List.of(false, true));
        panel(svg, 2 * pad + panelW, y, panelW, panelH, scenario + ": latency ms (p50, p99)", x,
            List.of(own.stream().mapToDouble(r -> r.app.percentile(0.5)).toArray(),
                own.stream().mapToDouble(r -> r.app.percentile(0.99)).toArray(),
                own.stream().mapToDouble(r -> r.db.percentile(0.5)).toArray(),
                own.stream().mapToDouble(r -> r.db.percentile(0.99)).toArray()),
            List.of("app p50", "app p99", "baseline p50", "baseline p99"), List.of(false, false, true, true));
        y += panelH + pad + 30;
      }
      return svg.append("</svg>\n").toString();
    }

    static void panel(StringBuilder svg, int x0, int y0, int w, int h, String title, double[] x,
        List<double[]> series, List<String> names, List<Boolean> dashed) {
      double max = series.stream().flatMapToDouble(Arrays::stream).max().orElse(1) * 1.1;
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\">%s</text>%n", x0, y0 + 12, title));
      int top = y0 + 20;
      svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#999\"/>%n", x0, top, w, h));
      for (int i = 0; i <= 4; i++) {
        double v = max * i / 4;
        int gy = top + h - (int) (h * i / 4.0);
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#eee\"/><text x=\"%d\" y=\"%d\" text-anchor=\"end\">%.0f</text>%n", x0, gy, x0 + w, gy, x0 - 4, gy + 4, v));
      }
      // clients on a log2 axis: 1, 8, 32, 64 spread evenly enough to read
      double lo = Math.log(x[0]) / Math.log(2), hi = Math.log(x[x.length - 1]) / Math.log(2);
      java.util.function.DoubleUnaryOperator px = c -> x0 + 10 + (w - 20) * (hi == lo ? 0.5 : (Math.log(c) / Math.log(2) - lo) / (hi - lo));
      for (double c : x) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"%d\" text-anchor=\"middle\">%.0f</text>%n", px.applyAsDouble(c), top + h + 14, c));
      }
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">clients</text>%n", x0 + w / 2, top + h + 28));
      for (int s = 0; s < series.size(); s++) {
        double[] v = series.get(s);
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
          points.append(String.format(Locale.ROOT, "%.1f,%.1f ", px.applyAsDouble(x[i]), top + h - h * v[i] / max));
        }
        String color = COLORS[s % COLORS.length];
        svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s/>%n", points, color, dashed.get(s) ? " stroke-dasharray=\"6,4\"" : ""));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"%s\">%s</text>%n", x0 + 8, top + 14 + 13 * s, color, names.get(s)));
      }
    }
  }

  // ---------------------------------------------------------------- the database alone

  /**
   * The statements the app runs for each scenario (read from the code: Reservations.create,
   * Enrolling.enroll, ReservationQuery and JoinLoader, the auditor), in one plain transaction.
   */
  static final class Sql {

    static Connection connect() throws SQLException {
      return DriverManager.getConnection(DB_URL, DB_USER, DB_PASSWORD);
    }

    /**
     * The database's committed transactions so far (pg_stat_database), anyone's: the app's, its
     * pool's validation queries, the outbox relay, timers. Costs one commit itself.
     */
    static long commits() throws SQLException {
      try (Connection con = connect();
          PreparedStatement s =
              con.prepareStatement("select xact_commit from pg_stat_database where datname = current_database()");
          ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }

    static UUID reservation(Connection con, UUID listing, UUID guest, LocalDate checkIn) throws SQLException {
      UUID host;
      try (PreparedStatement s = con.prepareStatement("select * from booking.listing where id = ?")) {
        s.setObject(1, listing);
        try (ResultSet r = s.executeQuery()) {
          r.next();
          host = r.getObject("host_id", UUID.class);
        }
      }
      try (PreparedStatement s = con.prepareStatement("select 1 from pg_advisory_xact_lock(?, ?)")) {
        s.setInt(1, 0x686f6c64);
        s.setInt(2, java.util.Objects.hash(TENANT, guest));
        s.executeQuery().close();
      }
      try (PreparedStatement s =
          con.prepareStatement(
              "select * from booking.reservation where tenant_id = ? and guest_id = ? and is_active"
                  + " and booking_status in ('pending', 'confirmed') and payment_confirmation <> 'paid'")) {
        s.setObject(1, TENANT);
        s.setObject(2, guest);
        s.executeQuery().close();
      }
      UUID id = UUID.randomUUID();
      try (PreparedStatement s =
          con.prepareStatement(
              "insert into booking.reservation (id, tenant_id, owner_id, listing_id, host_id, guest_id,"
                  + " approval_type, booking_status, dispute_status, payment_confirmation, check_in,"
                  + " check_out, time_zone, guest_count, currency, nights, nights_minor,"
                  + " cleaning_fee_minor, platform_fee_minor, city_tax_minor, total_price_minor,"
                  + " refunded_minor, booking_policies_snapshot, cancellation_policy_snapshot,"
                  + " is_active, record_version, created_at, updated_at) values (?, ?, ?, ?, ?, ?,"
                  + " 'instant', 'pending', 'none', 'pending', ?, ?, 'Europe/Amsterdam', 1, 'EUR', 1,"
                  + " 10000, 2500, 1250, 500, 14250, 0, cast(? as jsonb), cast(? as jsonb), true, 1, ?, ?)")) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        s.setObject(1, id);
        s.setObject(2, TENANT);
        s.setObject(3, guest);
        s.setObject(4, listing);
        s.setObject(5, host);
        s.setObject(6, guest);
        s.setObject(7, checkIn);
        s.setObject(8, checkIn.plusDays(1));
        s.setString(9, "{\"minNights\":1,\"maxNights\":365,\"leadTimeDays\":0,\"approvalType\":\"instant\"}");
        s.setString(10, "{\"preset\":\"flexible\"}");
        s.setObject(11, now);
        s.setObject(12, now);
        s.executeUpdate();
      }
      try (PreparedStatement s =
          con.prepareStatement(
              "insert into booking.calendar_hold (id, tenant_id, listing_id, check_in, check_out,"
                  + " live, reservation_id, created_at) values (?, ?, ?, ?, ?, true, ?, now())")) {
        s.setObject(1, UUID.randomUUID());
        s.setObject(2, TENANT);
        s.setObject(3, listing);
        s.setObject(4, checkIn);
        s.setObject(5, checkIn.plusDays(1));
        s.setObject(6, id);
        s.executeUpdate();
      }
      audit(con, "reservation", id, guest);
      return id;
    }

    static void audit(Connection con, String type, UUID id, UUID actor) throws SQLException {
      try (PreparedStatement s =
          con.prepareStatement(
              "insert into platform.audit_event (id, tenant_id, object_type, object_id, field,"
                  + " from_value, to_value, actor_id, request_id, occurred_at)"
                  + " values (?, ?, ?, ?, 'isActive', null, 'true', ?, ?, now())")) {
        s.setObject(1, UUID.randomUUID());
        s.setObject(2, TENANT);
        s.setString(3, type);
        s.setObject(4, id);
        s.setObject(5, actor);
        s.setString(6, UUID.randomUUID().toString());
        s.executeUpdate();
      }
    }

    static void enrollment(Connection con, UUID pack, UUID tutorProfile, UUID student, UUID slot)
        throws SQLException {
      for (String query :
          List.of(
              "select * from enrollment.course_pack where id = ? and tenant_id = ?",
              "select * from enrollment.tutor_profile where id = ? and tenant_id = ?",
              "select * from enrollment.lesson_slot where id = ? and tenant_id = ?")) {
        try (PreparedStatement s = con.prepareStatement(query)) {
          s.setObject(1, query.contains("course_pack") ? pack : query.contains("tutor") ? tutorProfile : slot);
          s.setObject(2, TENANT);
          s.executeQuery().close();
        }
      }
      UUID id = UUID.randomUUID();
      try (PreparedStatement s =
          con.prepareStatement(
              "insert into enrollment.enrollment (id, tenant_id, owner_id, course_pack_id, student_id,"
                  + " tutor_profile_id, total_minor, currency, payment_status, refund_status,"
                  + " enrollment_status, payment_confirmation, is_active, record_version, created_at,"
                  + " updated_at) values (?, ?, ?, ?, ?, ?, 9000, 'EUR', 'pending', 'notRequested',"
                  + " 'pending', 'pending', true, 1, now(), now())")) {
        s.setObject(1, id);
        s.setObject(2, TENANT);
        s.setObject(3, student);
        s.setObject(4, pack);
        s.setObject(5, student);
        s.setObject(6, tutorProfile);
        s.executeUpdate();
      }
      try (PreparedStatement s =
          con.prepareStatement(
              "insert into enrollment.enrollment_lesson_slot (enrollment_id, position, lesson_slot_id)"
                  + " values (?, 0, ?)")) {
        s.setObject(1, id);
        s.setObject(2, slot);
        s.executeUpdate();
      }
      try (PreparedStatement s =
          con.prepareStatement(
              "update enrollment.lesson_slot set status = 'booked', held_by = ?,"
                  + " record_version = record_version + 1, updated_at = now()"
                  + " where tenant_id = ? and course_pack_id = ? and id = any(cast(? as uuid[]))"
                  + " and status = 'available' and held_by is null and is_active")) {
        s.setObject(1, id);
        s.setObject(2, TENANT);
        s.setObject(3, pack);
        s.setString(4, "{" + slot + "}");
        if (s.executeUpdate() != 1) {
          throw new SQLException("slot " + slot + " not available");
        }
      }
      audit(con, "enrollment", id, student);
    }

    static void listReservations(Connection con, UUID host) throws SQLException {
      // the app's SQL for a host's first page (BranchedListQuery): the host's rows and the ones
      // they booked as a guest, each an ordered index scan cut after the page, merged; the count
      // is the sum of the two counts
      String asHost = " from booking.reservation where tenant_id = ? and (host_id = ?)";
      String asGuest = " from booking.reservation where tenant_id = ? and (guest_id = ? and host_id <> ?)";
      String order = " order by created_at desc, id";
      List<UUID> listings = new ArrayList<>();
      try (PreparedStatement s =
          con.prepareStatement(
              "select * from ((select *" + asHost + order + " limit ?) union all (select *"
                  + asGuest + order + " limit ?)) r" + order + " offset 0 limit 25")) {
        bindBranches(s, host, 25);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            listings.add(r.getObject("listing_id", UUID.class));
          }
        }
      }
      try (PreparedStatement s =
          con.prepareStatement("select (select count(*)" + asHost + ") + (select count(*)" + asGuest + ")")) {
        bindBranches(s, host, 0);
        s.executeQuery().close();
      }
      try (PreparedStatement s =
          con.prepareStatement("select * from booking.listing where tenant_id = ? and id = any(?)")) {
        s.setObject(1, TENANT);
        s.setArray(2, con.createArrayOf("uuid", listings.stream().distinct().toArray()));
        s.executeQuery().close();
      }
      try (PreparedStatement s =
          con.prepareStatement("select * from booking.user_profile where tenant_id = ? and user_id = any(?)")) {
        s.setObject(1, TENANT);
        s.setArray(2, con.createArrayOf("uuid", new Object[] {host}));
        s.executeQuery().close();
      }
    }

    /** Binds the two branches' tenant and caller (and, if {@code limit} > 0, each one's limit). */
    private static void bindBranches(PreparedStatement s, UUID me, int limit) throws SQLException {
      int i = 0;
      s.setObject(++i, TENANT);
      s.setObject(++i, me);
      if (limit > 0) {
        s.setInt(++i, limit);
      }
      s.setObject(++i, TENANT);
      s.setObject(++i, me);
      s.setObject(++i, me);
      if (limit > 0) {
        s.setInt(++i, limit);
      }
    }

    /** {@code clients × perClient} available lesson slots of {@code pack}, a day apart. */
    static UUID[][] slots(UUID pack, int clients, int perClient) throws SQLException {
      UUID[][] ids = new UUID[clients][perClient];
      try (Connection con = connect();
          PreparedStatement s =
              con.prepareStatement(
                  "insert into enrollment.lesson_slot (id, tenant_id, course_pack_id, scheduled_date,"
                      + " scheduled_time, time_zone, status, location_type, location_details)"
                      + " values (?, ?, ?, ?, '18:00', 'Europe/Berlin', 'available', 'online', 'bench')")) {
        LocalDate day = LocalDate.now().plusDays(7);
        for (int c = 0; c < clients; c++) {
          for (int n = 0; n < perClient; n++) {
            ids[c][n] = UUID.randomUUID();
            s.setObject(1, ids[c][n]);
            s.setObject(2, TENANT);
            s.setObject(3, pack);
            s.setObject(4, day.plusDays(n));
            s.addBatch();
          }
        }
        s.executeBatch();
      }
      return ids;
    }
  }
}
