package com.marketplace.devserver;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The local run's OpenMQ broker as an authenticated boundary (docs/messaging.md): bound to
 * loopback, no {@code guest}, the {@code admin} password replaced by a random one, the server's own
 * connections with an account of their own (its random password handed to the server as {@code
 * JMS_PASSWORD}), and one integration account whose credentials are printed (dev-only: {@code
 * JMS_INTEGRATION_USER}/{@code JMS_INTEGRATION_PASSWORD} override them) that may only send to the
 * reference-data queues. Applied to a freshly created domain, before its first start.
 */
final class LocalBroker {

  static final String APP_USER = "marketplace";
  static final String DEFAULT_INTEGRATION_USER = "integration";
  static final String DEFAULT_INTEGRATION_PASSWORD = "dev-only-integration-password";

  private static final String ACCESS_RULES = "/broker/broker-accesscontrol.properties";

  /** As {@code create-domain} writes them from Payara 6's template. */
  private static final String SERVER_CONFIG = "<config name=\"server-config\">";

  private static final String JMS_HOST =
      "host=\"localhost\" port=\"${JMS_PROVIDER_PORT}\" admin-user-name=\"admin\""
          + " admin-password=\"admin\" lazy-init=\"true\" />";

  private final String adminPassword = randomSecret();
  private final String appPassword = randomSecret();
  private final String integrationUser;
  private final String integrationPassword;

  LocalBroker() {
    this.integrationUser = env("JMS_INTEGRATION_USER", DEFAULT_INTEGRATION_USER);
    this.integrationPassword = env("JMS_INTEGRATION_PASSWORD", DEFAULT_INTEGRATION_PASSWORD);
  }

  /** The server's own account's password, which the application reads as {@code JMS_PASSWORD}. */
  String appPassword() {
    return appPassword;
  }

  String integrationUser() {
    return integrationUser;
  }

  String integrationPassword() {
    return integrationPassword;
  }

  /**
   * Secures the broker of {@code domainDir}, a domain that has never started. Payara 6 writes
   * server-config's {@code jms-service} only at the first start, with its defaults (host {@code
   * localhost}, which makes Payara's JMS proxy listen on every interface, and admin/admin), so the
   * server's own is written here; default-config, the template of new instances, gets the same
   * host.
   */
  void secure(Path payaraHome, Path domainDir) throws IOException, InterruptedException {
    Path domainXml = domainDir.resolve("config/domain.xml");
    String config = Files.readString(domainXml, StandardCharsets.UTF_8);
    if (!config.contains(JMS_HOST) || !config.contains(SERVER_CONFIG)) {
      throw new IllegalStateException(domainXml + " is not shaped as Payara 6 creates it");
    }
    String host =
        "host=\"127.0.0.1\" port=\"${JMS_PROVIDER_PORT}\" admin-user-name=\"admin\""
            + " admin-password=\""
            + adminPassword
            + "\" lazy-init=\"true\" />"
            + property("imq.hostname", "127.0.0.1");
    Files.writeString(
        domainXml,
        config
            .replace(JMS_HOST, host)
            .replace(
                SERVER_CONFIG,
                SERVER_CONFIG
                    + "<jms-service type=\"EMBEDDED\" default-jms-host=\"default_JMS_host\""
                    + " addresslist-behavior=\"priority\"><jms-host name=\"default_JMS_host\" "
                    + host
                    + "</jms-service>"),
        StandardCharsets.UTF_8);

    Path varHome = domainDir.resolve("imq");
    Path passwd = varHome.resolve("instances/imqbroker/etc/passwd");
    Files.createDirectories(passwd.getParent());
    Files.writeString(passwd, ""); // imqusermgr edits an existing repository only
    imqusermgr(payaraHome, varHome, "add", "-u", "admin", "-p", adminPassword, "-g", "admin");
    imqusermgr(payaraHome, varHome, "add", "-u", APP_USER, "-p", appPassword, "-g", "user");
    imqusermgr(
        payaraHome, varHome, "add", "-u", integrationUser, "-p", integrationPassword, "-g", "user");
    Files.writeString(passwd.resolveSibling("accesscontrol.properties"), accessRules());
  }

  /** The repository's access rules, naming this run's integration account. */
  private String accessRules() throws IOException {
    try (InputStream rules = LocalBroker.class.getResourceAsStream(ACCESS_RULES)) {
      if (rules == null) {
        throw new IllegalStateException(ACCESS_RULES + " is missing from the class path");
      }
      return new String(rules.readAllBytes(), StandardCharsets.UTF_8)
          .replace("@INTEGRATION_USER@", integrationUser);
    }
  }

  private static void imqusermgr(Path payaraHome, Path varHome, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add("sh");
    command.add(payaraHome.resolve("mq/bin/imqusermgr").toString());
    command.addAll(List.of(args));
    command.addAll(List.of("-f", "-s", "-varhome", varHome.toString()));
    int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
    if (exit != 0) {
      throw new IllegalStateException("imqusermgr " + args[0] + " " + args[2] + " failed: " + exit);
    }
  }

  private static String property(String name, String value) {
    return "<property name=\"" + name + "\" value=\"" + value + "\"/>";
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private static String randomSecret() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
