package com.marketplace.cluster.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The one OpenMQ broker of the cluster, Payara's own ({@code mq/bin/imqbrokerd}), started on its
 * own: every instance's {@code jms-service} is REMOTE and points here. Secured as docs/messaging.md
 * says for every broker of the project: bound to loopback, a user repository with exactly {@code
 * admin} (a new password), the server's account {@code marketplace} and no {@code guest}, and the
 * project's access rules.
 */
final class StandaloneBroker implements AutoCloseable {

  static final String APP_USER = "marketplace";
  private static final String INSTANCE = "imqbroker";

  private final Path payaraHome;
  private final Path varHome;
  private final int port;
  private final String adminPassword;
  private final String appPassword;
  private Process process;

  StandaloneBroker(
      Path payaraHome, Path varHome, int port, String adminPassword, String appPassword) {
    this.payaraHome = payaraHome;
    this.varHome = varHome;
    this.port = port;
    this.adminPassword = adminPassword;
    this.appPassword = appPassword;
  }

  void start() throws IOException, InterruptedException {
    Path passwd = varHome.resolve("instances/" + INSTANCE + "/etc/passwd");
    Files.createDirectories(passwd.getParent());
    Files.writeString(passwd, ""); // the broker writes admin + guest only when it is missing
    imqusermgr("add", "-u", "admin", "-p", adminPassword, "-g", "admin");
    imqusermgr("add", "-u", APP_USER, "-p", appPassword, "-g", "user");
    Files.writeString(passwd.resolveSibling("accesscontrol.properties"), accessRules());
    Path log = varHome.resolve("broker.log");
    process =
        new ProcessBuilder(
                "sh",
                payaraHome.resolve("mq/bin/imqbrokerd").toString(),
                "-varhome",
                varHome.toString(),
                "-name",
                INSTANCE,
                "-port",
                String.valueOf(port),
                "-Dimq.hostname=127.0.0.1",
                "-silent")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    awaitPort(Duration.ofSeconds(90), log);
  }

  String address() {
    return "mq://127.0.0.1:" + port;
  }

  int port() {
    return port;
  }

  private void awaitPort(Duration timeout, Path log) throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("imqbrokerd exited:\n" + Files.readString(log));
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
        return;
      } catch (IOException notYet) {
        Thread.sleep(500);
      }
    }
    throw new IllegalStateException("imqbrokerd did not listen on " + port + " in " + timeout);
  }

  /** The project's one file of rules (docker/), as ear/it and the image use it. */
  private static String accessRules() throws IOException {
    Path rules = Path.of(System.getProperty("cluster.broker.rules"));
    return Files.readString(rules, StandardCharsets.UTF_8)
        .replace("@INTEGRATION_USER@", "no-integration-in-the-cluster-test");
  }

  private void imqusermgr(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add("sh");
    command.add(payaraHome.resolve("mq/bin/imqusermgr").toString());
    command.addAll(List.of(args));
    command.addAll(List.of("-i", INSTANCE, "-f", "-s", "-varhome", varHome.toString()));
    int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
    if (exit != 0) {
      throw new IllegalStateException("imqusermgr " + args[0] + " " + args[2] + " failed: " + exit);
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process == null) {
      return;
    }
    // imqbrokerd is a shell script around the broker's JVM: stop the whole tree
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
  }
}
