package com.marketplace.cluster.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Payara Server domain of its own ({@value #DOMAIN}, DAS admin port {@value #ADMIN_PORT}) with a
 * deployment group {@value #GROUP} of two instances sharing one configuration ({@value #CONFIG}),
 * Hazelcast (the Domain Data Grid) underneath, driven through {@code asadmin}. The instances'
 * {@code jms-service} is REMOTE: one standalone broker for all of them. Every port is in the 24xxx-
 * 28xxx range, clear of ear/it's domain1 (4848/8080/7676), the local run (87xx) and Hazelcast's
 * default 4900/5900 that other Payara servers on the machine use.
 */
public final class PayaraCluster {

  static final String DOMAIN = "cluster";
  static final String GROUP = "marketplace-group";
  static final String CONFIG = "marketplace-config";
  static final int PORT_BASE = 24800;
  public static final int ADMIN_PORT = PORT_BASE + 48;
  static final String APP = "marketplace";

  /** The local node the distribution's domain1 declares, which our copy keeps. */
  static final String NODE = "localhost-domain1";

  /** An instance of the group: its name, port base (HTTP at base + 80) and Hazelcast port. */
  public record Instance(String name, int portBase, int hazelcastPort) {
    public int httpPort() {
      return portBase + 80;
    }

    public String url() {
      return "http://127.0.0.1:" + httpPort();
    }
  }

  public static final List<Instance> INSTANCES =
      List.of(new Instance("node1", 28000, 25901), new Instance("node2", 28100, 25902));

  private static final String LISTENER = "network-config.protocols.protocol.http-listener-1.http";
  private static final String JMS_HOST = "jms-service.jms-host.default_JMS_host";

  private final Path payaraHome;
  private final Asadmin asadmin;

  PayaraCluster(Path payaraHome, Map<String, String> environment) {
    this.payaraHome = payaraHome;
    this.asadmin = new Asadmin(payaraHome, environment);
  }

  /**
   * A fresh domain, whatever an earlier (killed) run left behind: a copy of the distribution's
   * {@code domain1} under the name {@value #DOMAIN}, its DAS ports moved to our range. Copied
   * rather than made by {@code create-domain}, whose two key pairs took three minutes on the loaded
   * build machine; the copy takes a second and is otherwise the same domain.
   */
  void create(String hazelcastGroup, StandaloneBroker broker, String brokerAdminPassword)
      throws IOException {
    Path domains = payaraHome.resolve("glassfish/domains");
    Path domainDir = domains.resolve(DOMAIN);
    if (Files.isDirectory(domainDir)) {
      killLeftoverInstances();
      asadmin.attempt("stop-domain", "--kill=true", DOMAIN);
      deleteRecursively(domainDir);
    }
    deleteRecursively(nodesDir());
    copyRecursively(domains.resolve("domain1"), domainDir);
    prepareDomainXml(
        domainDir.resolve("config/domain.xml"), hazelcastGroup, broker, brokerAdminPassword);
  }

  /** The DAS's own ports, as the distribution's domain1 has them, and ours. */
  private static final Map<String, String> DAS_PORTS =
      Map.of(
          "port=\"8080\" protocol=\"http-listener-1\"",
              "port=\"24880\" protocol=\"http-listener-1\"",
          "port=\"8181\" protocol=\"http-listener-2\"",
              "port=\"24881\" protocol=\"http-listener-2\"",
          "port=\"4848\" protocol=\"admin-listener\"", "port=\"24848\" protocol=\"admin-listener\"",
          "port=\"3700\" id=\"orb-listener-1\"", "port=\"24837\" id=\"orb-listener-1\"",
          "port=\"3820\" id=\"SSL\"", "port=\"24838\" id=\"SSL\"",
          "port=\"3920\" id=\"SSL_MUTUALAUTH\"", "port=\"24839\" id=\"SSL_MUTUALAUTH\"",
          "port=\"8686\" name=\"system\"", "port=\"24886\" name=\"system\"",
          "start-port=\"5900\" das-port=\"4900\"", "start-port=\"24859\" das-port=\"24849\"");

  /**
   * Before the first start: the DAS's ports, a data grid of our own name (Payara servers of other
   * builds on this machine must never join it), and the broker REMOTE for the DAS and the
   * instances' template, so that no Payara here opens a JMS proxy or starts a broker of its own.
   */
  private static void prepareDomainXml(
      Path domainXml, String hazelcastGroup, StandaloneBroker broker, String adminPassword)
      throws IOException {
    String xml = Files.readString(domainXml, StandardCharsets.UTF_8);
    String embeddedHost =
        "host=\"localhost\" port=\"${JMS_PROVIDER_PORT}\" admin-user-name=\"admin\""
            + " admin-password=\"admin\" lazy-init=\"true\" />";
    String serverConfig = "<config name=\"server-config\">";
    String hazelcast = "<hazelcast-runtime-configuration ";
    List<String> expected = new java.util.ArrayList<>(DAS_PORTS.keySet());
    expected.addAll(List.of(embeddedHost, serverConfig, hazelcast));
    for (String shape : expected) {
      if (!xml.contains(shape)) {
        throw new IllegalStateException(
            domainXml + " is not shaped as Payara 6 ships it: " + shape);
      }
    }
    for (Map.Entry<String, String> port : DAS_PORTS.entrySet()) {
      xml = xml.replace(port.getKey(), port.getValue());
    }
    String remoteHost =
        "host=\"127.0.0.1\" port=\""
            + broker.port()
            + "\" admin-user-name=\"admin\" admin-password=\""
            + adminPassword
            + "\" lazy-init=\"true\" />";
    String remoteService =
        "<jms-service type=\"REMOTE\" default-jms-host=\"default_JMS_host\""
            + " addresslist-behavior=\"priority\"><jms-host name=\"default_JMS_host\" "
            + remoteHost
            + "</jms-service>";
    xml =
        xml.replace(hazelcast, hazelcast + "cluster-group-name=\"" + hazelcastGroup + "\" ")
            .replace("<jms-service type=\"EMBEDDED\"", "<jms-service type=\"REMOTE\"")
            .replace(embeddedHost, remoteHost)
            .replace(serverConfig, serverConfig + remoteService);
    Files.writeString(domainXml, xml, StandardCharsets.UTF_8);
  }

  void startDas() {
    asadmin.run("start-domain", DOMAIN);
  }

  /** The group, its shared configuration and its two instances, started. */
  void createGroup() {
    admin("copy-config", "default-config", CONFIG);
    String config = "configs.config." + CONFIG + ".";
    // as every Payara of the project: DELETE bodies allowed, no server headers, more than 5 HTTP
    // threads, JTA transactions of at most a minute (docs/operating.md)
    admin(
        "set",
        config + LISTENER + ".allow-payload-for-undefined-http-methods=true",
        config + LISTENER + ".xpowered-by=false",
        config + LISTENER + ".server-header=false",
        config + "thread-pools.thread-pool.http-thread-pool.min-thread-pool-size=8",
        config + "thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=64",
        config + "transaction-service.timeout-in-seconds=60",
        // a new config's EJB timer service is "Database" (jdbc/__TimerPool, an H2 file of each
        // instance's own with no EJB__TIMER__TBL): the application's non-persistent timers then
        // failed to load on the instances ("EJB Timer Service is not available", EclipseLink-4002).
        // The Domain Data Grid needs no table; set before the instances first start (not dynamic)
        config + "ejb-container.ejb-timer-service.ejb-timer-service=DataGrid");
    admin("create-deployment-group", GROUP);
    for (Instance instance : INSTANCES) {
      admin(
          "create-instance",
          "--node",
          NODE,
          "--config",
          CONFIG,
          "--portbase",
          String.valueOf(instance.portBase()),
          "--systemproperties",
          // each instance names its database connections, so its connection gauges count its own
          "HZ_LISTENER_PORT="
              + instance.hazelcastPort()
              + ":DB_APPLICATION_NAME=marketplace-"
              + instance.name(),
          instance.name());
      admin(
          "add-instance-to-deployment-group",
          "--instance",
          instance.name(),
          "--deploymentgroup",
          GROUP);
    }
    admin("start-deployment-group", GROUP);
  }

  void deploy(Path ear) {
    admin("deploy", "--target", GROUP, "--name", APP, ear.toString());
  }

  /** {@code kill -9} of the instance's JVM, as a crashed machine would leave it. */
  public long kill(Instance instance) throws IOException {
    long pid = pid(instance).orElseThrow(() -> new IllegalStateException(instance + " has no pid"));
    ProcessHandle handle = ProcessHandle.of(pid).orElseThrow();
    handle.destroyForcibly(); // SIGKILL
    handle.onExit().join();
    return pid;
  }

  /** Starts the instance again through the DAS, as an operator would. */
  public void restart(Instance instance) {
    admin("start-instance", instance.name());
  }

  public String admin(String... args) {
    return asadmin.remote(ADMIN_PORT, args);
  }

  Optional<Long> pid(Instance instance) throws IOException {
    Path pidFile = nodesDir().resolve(instance.name()).resolve("config/pid");
    if (!Files.exists(pidFile)) {
      return Optional.empty();
    }
    return Optional.of(Long.parseLong(Files.readString(pidFile).trim()));
  }

  /** Stops the instances and the DAS; anything that does not stop is killed. */
  void stop() throws IOException {
    asadmin.attempt(
        "--port", String.valueOf(ADMIN_PORT), "stop-deployment-group", "--kill=true", GROUP);
    killLeftoverInstances();
    asadmin.attempt("stop-domain", "--kill=true", DOMAIN);
  }

  private void killLeftoverInstances() throws IOException {
    for (Instance instance : INSTANCES) {
      Optional<Long> pid = pid(instance);
      if (pid.isPresent()) {
        ProcessHandle.of(pid.get())
            .filter(p -> p.info().command().map(c -> c.contains("java")).orElse(false))
            .ifPresent(
                p -> {
                  p.destroyForcibly();
                  p.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
                });
      }
    }
  }

  private Path nodesDir() {
    return payaraHome.resolve("glassfish/nodes").resolve(NODE);
  }

  static Duration since(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }

  private static void copyRecursively(Path from, Path to) throws IOException {
    try (var paths = Files.walk(from)) {
      for (Path path : paths.toList()) {
        Files.copy(path, to.resolve(from.relativize(path).toString()));
      }
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
