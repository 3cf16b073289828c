package com.marketplace.micro;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One {@code java -jar payara-micro.jar} process: the resource adapter first (the application's
 * connection factory and message-driven beans need it), then the one WAR of every module at context
 * root {@code /}, which serves each module under its path ({@code /booking/…}, as in the EAR;
 * docs/payara-micro.md). Instances with the same cluster name form one Hazelcast cluster (its TCP
 * members listed, never multicast, so that no other Payara on the machine joins).
 */
final class MicroInstance implements AutoCloseable {

  static final String ADAPTER_ARCHIVE = "imqjmsra.rar";

  /**
   * The one WAR, named for the application it must be: the kernel looks the platform's beans up at
   * {@code java:app/platform-ejb/<bean>} (their EJB module in the EAR), and in a standalone WAR
   * that module name is the application's, which is the file's.
   */
  static final String WAR = "platform-ejb.war";

  /** The modules the WAR serves, each under its own path. */
  static final List<String> MODULES = List.of("payments", "enrollment", "booking");

  /**
   * OpenMQ's adapter, deployed under a name of its own: Micro deploys a RAR named "jmsra" (the
   * server's name for it, which the code's annotations use) with its outbound side only, and the
   * WARs' web.xml moves the JMS resources to this one. Message-driven beans name no adapter, so
   * they are pointed at it by the connector runtime's system property.
   */
  static final String JMS_ADAPTER = "imqjmsra";

  static final String CLUSTER_NAME = "marketplace-micro";

  private final Path microDir;
  private final Path workDir;
  private final int httpPort;
  private final int hazelcastPort;
  private final String clusterMembers;
  private Process process;

  /** Where in the log the latest start began (0, or the log's length when restarted). */
  private long logStart;

  /**
   * @param clusterMembers Hazelcast members to look for, {@code host:port,host:port}
   */
  MicroInstance(
      Path microDir, Path workDir, int httpPort, int hazelcastPort, String clusterMembers) {
    this.microDir = microDir;
    this.workDir = workDir;
    this.httpPort = httpPort;
    this.hazelcastPort = hazelcastPort;
    this.clusterMembers = clusterMembers;
  }

  String baseUrl() {
    return "http://localhost:" + httpPort;
  }

  Path log() {
    return workDir.resolve("micro.log");
  }

  void start(Map<String, String> environment) throws IOException {
    logStart = 0;
    launch(environment, ProcessBuilder.Redirect.to(log().toFile()));
  }

  /**
   * Starts the instance again after it ended (killed), with a fresh root directory as at its first
   * start; its output is added to the same log.
   */
  void restart(Map<String, String> environment) throws IOException {
    if (process != null && process.isAlive()) {
      throw new IllegalStateException("Payara Micro on " + httpPort + " is still running");
    }
    logStart = Files.exists(log()) ? Files.size(log()) : 0;
    launch(environment, ProcessBuilder.Redirect.appendTo(log().toFile()));
  }

  private void launch(Map<String, String> environment, ProcessBuilder.Redirect output)
      throws IOException {
    Files.createDirectories(workDir);
    // a root directory left by an earlier run holds a domain.xml that lists its applications:
    // Micro would load those first and redeploy them (the --deploy ones) while already answering
    deleteTree(workDir.resolve("root"));
    Path postBoot = workDir.resolve("post-boot-commands.txt");
    Files.writeString(postBoot, String.join("\n", postBootCommands()) + "\n");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + System.getProperty("micro.heap", "1024m"));
    command.add("-Dcom.sun.enterprise.connectors.inbound.ramid=" + JMS_ADAPTER);
    command.add("-Djava.io.tmpdir=" + Files.createDirectories(workDir.resolve("tmp")));
    command.addAll(List.of("-jar", microDir.resolve("payara-micro.jar").toString()));
    command.addAll(List.of("--port", String.valueOf(httpPort)));
    command.addAll(List.of("--rootdir", workDir.resolve("root").toString()));
    command.addAll(List.of("--name", "micro-" + httpPort));
    command.addAll(List.of("--clustername", CLUSTER_NAME));
    command.addAll(List.of("--startport", String.valueOf(hazelcastPort)));
    command.addAll(List.of("--clustermode", "tcpip:" + clusterMembers));
    command.addAll(List.of("--postbootcommandfile", postBoot.toString()));
    command.add("--nohostaware");
    command.addAll(List.of("--deploy", microDir.resolve(ADAPTER_ARCHIVE).toString()));
    command.addAll(List.of("--deploy", microDir.resolve(WAR) + ":/"));
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output);
    builder.environment().putAll(environment);
    process = builder.start();
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /**
   * What the Payara Server configurations of this project set too (docs/operating.md): a body on
   * DELETE accepted, no header naming the server, more than 5 HTTP threads, and no JTA transaction
   * longer than a minute.
   */
  private static List<String> postBootCommands() {
    String http =
        "configs.config.server-config.network-config.protocols.protocol.http-listener.http";
    String pool = "configs.config.server-config.thread-pools.thread-pool.http-thread-pool";
    return List.of(
        "set " + http + ".allow-payload-for-undefined-http-methods=true",
        "set " + http + ".xpowered-by=false",
        "set " + http + ".server-header=false",
        "set " + pool + ".min-thread-pool-size=8",
        "set " + pool + ".max-thread-pool-size=64",
        "set configs.config.server-config.transaction-service.timeout-in-seconds=60");
  }

  /** Waits until every module answers its health route and the server says it is ready. */
  void awaitReady(Duration timeout) throws IOException, InterruptedException {
    // HTTP/1.1, a connection per check rather than one HTTP/2 connection that may be left stuck
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    Instant deadline = Instant.now().plus(timeout);
    List<String> routes = new ArrayList<>();
    MODULES.forEach(module -> routes.add("/" + module + "/health"));
    routes.add("/health/ready");
    int next = 0;
    while (next < routes.size()) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Payara Micro on " + httpPort + " stopped while starting; see " + log());
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(
            "Payara Micro on "
                + httpPort
                + " did not answer "
                + routes.get(next)
                + " within "
                + timeout
                + "; see "
                + log());
      }
      if (answers200(http, routes.get(next))) {
        next++;
      } else {
        Thread.sleep(1000);
      }
    }
  }

  private boolean answers200(HttpClient http, String route) throws InterruptedException {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(baseUrl() + route))
              .timeout(Duration.ofSeconds(30))
              .build();
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException notYet) {
      return false;
    }
  }

  /** The instance's log from its start, for a failure message. */
  String logText() {
    try {
      return Files.readString(log(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /** What the instance logged since its latest start (or restart). */
  String logSinceStart() {
    try {
      byte[] all = Files.readAllBytes(log());
      int from = (int) Math.min(logStart, all.length);
      return new String(all, from, all.length - from, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /**
   * Ends the instance at once, as a crashed node: SIGKILL ({@code kill -9}), no shutdown hook runs;
   * returns once the process is gone, with its process id.
   */
  long kill() throws InterruptedException {
    long pid = process.pid();
    process.destroyForcibly();
    process.waitFor();
    return pid;
  }

  @Override
  public void close() {
    Processes.stop(process);
  }
}
