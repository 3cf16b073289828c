package com.marketplace.cluster.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code asadmin} of the unpacked Payara, run with the environment the servers must inherit. */
final class Asadmin {

  private final Path payaraHome;
  private final Map<String, String> environment;

  Asadmin(Path payaraHome, Map<String, String> environment) {
    this.payaraHome = payaraHome;
    this.environment = environment;
  }

  /** Runs a command against the DAS at {@code adminPort}; fails with asadmin's own output. */
  String remote(int adminPort, String... args) {
    List<String> command = new ArrayList<>(List.of("--port", String.valueOf(adminPort)));
    command.addAll(List.of(args));
    return run(command.toArray(String[]::new));
  }

  String run(String... args) {
    Result result = attempt(args);
    if (result.exit() != 0) {
      throw new IllegalStateException(
          "asadmin "
              + String.join(" ", args)
              + " failed ("
              + result.exit()
              + "):\n"
              + result.out());
    }
    return result.out();
  }

  /** For clean-up: a failure is reported, not thrown. */
  Result attempt(String... args) {
    List<String> command = new ArrayList<>();
    command.add(payaraHome.resolve("bin/asadmin").toString());
    command.addAll(List.of(args));
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder.environment().putAll(environment);
      // asadmin gives up on the DAS after 10 minutes by default; a deploy to the group took longer
      // on the loaded build machine ("No response from Domain Admin Server after 600 seconds")
      builder.environment().put("AS_ADMIN_READTIMEOUT", String.valueOf(30 * 60 * 1000));
      Process process = builder.start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int exit = process.waitFor();
      System.out.println("[cluster] asadmin " + String.join(" ", args) + " -> " + exit);
      return new Result(exit, out);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot run asadmin", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while running asadmin", e);
    }
  }

  record Result(int exit, String out) {}
}
