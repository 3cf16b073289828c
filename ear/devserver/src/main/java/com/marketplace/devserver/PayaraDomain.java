package com.marketplace.devserver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A Payara Server domain of its own for the local run, driven through {@code asadmin}. Its ports
 * start at {@link #PORT_BASE} so it never collides with {@code domain1} of the integration tests
 * (4848/8080), the local database (15432) or the Stripe emulator (12111). The HTTP port (8780) is
 * one browsers open: Chromium-based browsers refuse some ports outright, 10080 among them
 * (ERR_UNSAFE_PORT), and Swagger UI has to be reachable from a browser.
 */
final class PayaraDomain {

  static final String NAME = "marketplace";
  static final int PORT_BASE = 8700;
  static final int ADMIN_PORT = PORT_BASE + 48;
  static final int HTTP_PORT = PORT_BASE + 80;
  static final String DEFAULT_TX_TIMEOUT_SECONDS = "60";

  /**
   * The server's heap. Payara's default domain has 512 MiB, which G1 fills under the benchmark's
   * payments until the process passes 1 GiB: the rest of the process (metaspace, code cache, GC
   * tables, threads, malloc) needs another 520-565 MiB (docs/limits-and-deployment.md#memory).
   */
  static final String DEFAULT_HEAP = "384m";

  private static final Pattern HEAP = Pattern.compile("[1-9][0-9]*[mMgG]");

  private static final String LISTENER =
      "configs.config.server-config.network-config.protocols.protocol.http-listener-1.http";

  static final int JMS_PORT = PORT_BASE + 76;

  private final Path home;
  private final String heap;
  private final Map<String, String> environment;
  private final LocalBroker broker = new LocalBroker();

  /**
   * @param heap the server's {@code -Xmx} value ({@link #heap(Map)})
   * @param environment what the server process sees besides our own environment: MicroProfile
   *     Config reads DB_URL and friends from it
   */
  PayaraDomain(Path home, String heap, Map<String, String> environment) {
    this.home = home;
    this.heap = heap;
    this.environment = new HashMap<>(environment);
    this.environment.put("JMS_PASSWORD", broker.appPassword());
    // glibc gives each of the server's ~250 threads' malloc an arena of its own up to 8 per core,
    // which the JVM's native allocations (the JIT's above all) leave half empty: two arenas keep
    // the resident size down (docs/benchmark.md, sixth round); the Docker image sets the same
    this.environment.putIfAbsent("MALLOC_ARENA_MAX", "2");
  }

  /**
   * The heap the server gets: {@code SERVER_HEAP} or {@link #DEFAULT_HEAP}. Read before anything
   * starts, so that a value that is not a size stops the run at once.
   */
  static String heap(Map<String, String> environment) {
    String heap = environment.getOrDefault("SERVER_HEAP", DEFAULT_HEAP);
    if (!HEAP.matcher(heap).matches()) {
      throw new IllegalArgumentException("SERVER_HEAP must be a size such as 384m or 1g: " + heap);
    }
    return heap;
  }

  /**
   * A fresh domain for every run: a domain that still lists the application from an earlier run
   * reloads it while starting, and a redeploy racing that reload can fail half-way.
   */
  void recreate() throws IOException, InterruptedException {
    if (Files.isDirectory(home.resolve("glassfish/domains").resolve(NAME))) {
      asadminIgnoringFailure("stop-domain", NAME); // left running by a killed earlier run
      asadmin("delete-domain", NAME);
    }
    asadmin(
        "--user",
        "admin",
        "create-domain",
        "--nopassword=true",
        "--portbase",
        String.valueOf(PORT_BASE),
        NAME);
    broker.secure(home, home.resolve("glassfish/domains").resolve(NAME));
  }

  LocalBroker broker() {
    return broker;
  }

  private static final String HTTP_THREADS =
      "configs.config.server-config.thread-pools.thread-pool.http-thread-pool";

  void start() throws IOException, InterruptedException {
    asadmin("start-domain", NAME);
    // the spec's clients send a JSON body with DELETE, which Grizzly refuses unless allowed;
    // no answer names the server (no Server or X-Powered-By header); and the HTTP pool has more
    // than Payara's default 5 threads, which five slow requests would take
    asadmin(
        "--port",
        String.valueOf(ADMIN_PORT),
        "set",
        LISTENER + ".allow-payload-for-undefined-http-methods=true",
        LISTENER + ".xpowered-by=false",
        LISTENER + ".server-header=false",
        HTTP_THREADS + ".min-thread-pool-size=8",
        HTTP_THREADS + ".max-thread-pool-size=64");
    // no JTA transaction hangs forever (docs/database-faults.md)
    asadmin(
        "--port",
        String.valueOf(ADMIN_PORT),
        "set",
        "configs.config.server-config.transaction-service.timeout-in-seconds="
            + System.getenv().getOrDefault("TX_TIMEOUT_SECONDS", DEFAULT_TX_TIMEOUT_SECONDS));
    // the domain is always fresh from Payara's template, whose -Xmx512m this replaces
    asadmin("--port", String.valueOf(ADMIN_PORT), "delete-jvm-options", "-Xmx512m");
    asadmin("--port", String.valueOf(ADMIN_PORT), "create-jvm-options", "-Xmx" + heap);
    // Payara applies a changed listener or thread pool by restarting the listener in the
    // background; a deployment racing that restart once left port 8780 closed ("GrizzlyProxy is
    // NULL" in server.log) while the admin port answered. A restart applies them, and the heap,
    // before any deploy.
    asadmin("restart-domain", NAME);
  }

  void deploy(Path ear) throws IOException, InterruptedException {
    deploy(ear, NAME);
  }

  void deploy(Path archive, String name) throws IOException, InterruptedException {
    asadmin(
        "--port",
        String.valueOf(ADMIN_PORT),
        "deploy",
        "--force=true",
        "--name",
        name,
        archive.toString());
  }

  void stop() throws IOException, InterruptedException {
    asadmin("stop-domain", NAME);
  }

  private void asadminIgnoringFailure(String... args) throws IOException, InterruptedException {
    try {
      asadmin(args);
    } catch (IllegalStateException e) {
      // nothing to stop
    }
  }

  private void asadmin(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(home.resolve("bin/asadmin").toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    builder.environment().putAll(environment);
    int exit = builder.start().waitFor();
    if (exit != 0) {
      throw new IllegalStateException("asadmin " + String.join(" ", args) + " failed: " + exit);
    }
  }
}
