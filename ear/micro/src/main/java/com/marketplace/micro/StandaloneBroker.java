package com.marketplace.micro;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * OpenMQ's own broker ({@code mq/bin/imqbrokerd} of the Payara distribution) as a process of its
 * own: Payara Micro embeds no broker, so every Micro instance connects to this one through the
 * resource adapter. Secured as the server's embedded broker is (docs/messaging.md): bound to
 * loopback, no {@code guest}, a random {@code admin} password, the application's account {@code
 * marketplace} with a random password, and the repository's access rules.
 */
final class StandaloneBroker implements AutoCloseable {

  static final String APP_USER = "marketplace";
  private static final String NAME = "microbroker";
  private static final String ACCESS_RULES = "/broker/broker-accesscontrol.properties";

  private final Path mqHome;
  private final Path varHome;
  private final int port;
  private final String appPassword = randomSecret();
  private Process process;

  StandaloneBroker(Path mqHome, Path varHome, int port) {
    this.mqHome = mqHome;
    this.varHome = varHome;
    this.port = port;
  }

  /** The application's password, handed to the instances as {@code JMS_PASSWORD}. */
  String appPassword() {
    return appPassword;
  }

  int port() {
    return port;
  }

  void start(Path log) throws IOException, InterruptedException {
    Path etc = varHome.resolve("instances").resolve(NAME).resolve("etc");
    Files.createDirectories(etc);
    Files.writeString(etc.resolve("passwd"), ""); // imqusermgr edits an existing repository only
    imqusermgr("add", "-u", "admin", "-p", randomSecret(), "-g", "admin");
    imqusermgr("add", "-u", APP_USER, "-p", appPassword, "-g", "user");
    Files.writeString(etc.resolve("accesscontrol.properties"), accessRules());
    process =
        new ProcessBuilder(
                "sh",
                mqHome.resolve("bin/imqbrokerd").toString(),
                "-varhome",
                varHome.toString(),
                "-name",
                NAME,
                "-port",
                String.valueOf(port),
                "-Dimq.hostname=127.0.0.1",
                "-vmargs",
                "-Xmx256m")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    awaitPort(Duration.ofSeconds(60), log);
  }

  private void awaitPort(Duration timeout, Path log) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the broker stopped while starting; see " + log);
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
        return;
      } catch (IOException notYet) {
        Thread.sleep(250);
      }
    }
    throw new IllegalStateException("the broker did not open port " + port + "; see " + log);
  }

  private static String accessRules() throws IOException {
    try (InputStream rules = StandaloneBroker.class.getResourceAsStream(ACCESS_RULES)) {
      if (rules == null) {
        throw new IllegalStateException(ACCESS_RULES + " is missing from the class path");
      }
      // no integration account on the Micro run: nobody but the application may send
      return new String(rules.readAllBytes(), StandardCharsets.UTF_8)
          .replace(",@INTEGRATION_USER@", "");
    }
  }

  private void imqusermgr(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add("sh");
    command.add(mqHome.resolve("bin/imqusermgr").toString());
    command.addAll(List.of(args));
    command.addAll(List.of("-i", NAME, "-f", "-s", "-varhome", varHome.toString()));
    int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
    if (exit != 0) {
      throw new IllegalStateException("imqusermgr " + args[0] + " " + args[2] + " failed: " + exit);
    }
  }

  @Override
  public void close() {
    Processes.stop(process);
  }

  private static String randomSecret() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
