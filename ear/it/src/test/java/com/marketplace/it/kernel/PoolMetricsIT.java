package com.marketplace.it.kernel;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;

import com.marketplace.it.probe.ProbeAuthentication;
import com.marketplace.it.support.Platform;
import com.marketplace.it.support.PlatformTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.DoublePredicate;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The JDBC pool's usage at {@code /metrics}, as Payara's own monitoring reports it through the
 * domain's {@code metrics.xml} (docker/metrics.xml, docs/observability.md): connections a request
 * holds count as used while it holds them, and as free once returned.
 */
@PlatformTest
class PoolMetricsIT {

  private static final int HELD = 3;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Platform.ear()
        .addAsModule(
            ShrinkWrap.create(WebArchive.class, "poolprobe.war")
                .addClasses(PoolHoldProbe.class, ProbeAuthentication.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml"));
  }

  @Test
  void connectionsHeldByRequestsCountAsUsedWhileHeldAndAsFreeOnceReturned() throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(HELD);
    try {
      List<Future<Integer>> holds = new ArrayList<>();
      for (int i = 0; i < HELD; i++) {
        holds.add(
            clients.submit(
                () ->
                    Platform.module("poolprobe")
                        .queryParam("ms", 6000)
                        .get("/hold")
                        .then()
                        .extract()
                        .statusCode()));
      }
      double usedWhileHeld = await("the held connections count as used", used -> used >= HELD);
      for (Future<Integer> hold : holds) {
        assertThat(hold.get(), is(204));
      }
      double usedAfter = await("the returned connections no longer count", used -> used < HELD);

      String text = scrape();
      System.out.println(poolLines(text));
      assertThat(usedWhileHeld, greaterThanOrEqualTo((double) HELD));
      assertThat(usedAfter, lessThan((double) HELD));
      assertThat(
          usedAfter + single(text, "marketplace_db_pool_connections", "state=\"free\""),
          greaterThanOrEqualTo((double) HELD));
      assertThat(series(text, "marketplace_db_pool_waiting"), hasSize(1));
      assertThat(single(text, "marketplace_db_pool_waiting"), greaterThanOrEqualTo(0.0));
    } finally {
      clients.shutdownNow();
    }
  }

  /** Scrapes until the application pool's used connections satisfy {@code until}; returns them. */
  private static double await(String what, DoublePredicate until) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
    while (true) {
      String text = scrape();
      List<String> used = series(text, "marketplace_db_pool_connections", "state=\"used\"");
      if (used.size() == 1 && until.test(valueOf(used.get(0)))) {
        return valueOf(used.get(0));
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "Not within 5 s: "
                + what
                + "; pool lines at /metrics: "
                + poolLines(text)
                + "; Payara's JDBC pool MBeans: "
                + poolMBeans());
      }
      Thread.sleep(250);
    }
  }

  private static double single(String text, String name, String... parts) {
    List<String> lines = series(text, name, parts);
    assertThat(poolLines(text).toString(), lines, hasSize(1));
    return valueOf(lines.get(0));
  }

  /** The series of {@code name} for the application's pool (its name holds the datasource's). */
  private static List<String> series(String text, String name, String... parts) {
    return text.lines()
        .filter(line -> line.startsWith(name + "{"))
        .filter(line -> line.substring(line.indexOf('{')).contains("marketplace"))
        .filter(line -> List.of(parts).stream().allMatch(line::contains))
        .toList();
  }

  private static double valueOf(String line) {
    return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
  }

  private static List<String> poolLines(String text) {
    return text.lines().filter(line -> line.toLowerCase().contains("pool")).toList();
  }

  private static String scrape() {
    return Platform.server().get("/metrics").then().statusCode(200).extract().asString();
  }

  /** For the failure message only: what Payara's AMX registered for JDBC pools. */
  private static String poolMBeans() {
    JMXServiceURL url;
    try {
      url = new JMXServiceURL("service:jmx:rmi:///jndi/rmi://localhost:8686/jmxrmi");
      try (JMXConnector jmx =
          JMXConnectorFactory.connect(
              url, Map.of(JMXConnector.CREDENTIALS, new String[] {"admin", ""}))) {
        return jmx.getMBeanServerConnection()
            .queryNames(new ObjectName("amx:type=jdbc-connection-pool-mon,*"), null)
            .toString();
      }
    } catch (Exception e) {
      return "(JMX: " + e + ")";
    }
  }
}
