package com.marketplace.it.kernel;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.it.support.Platform;
import com.marketplace.it.support.PlatformTest;
import com.marketplace.it.support.TestDatabase;
import jakarta.jms.JMSSecurityException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The broker is an authenticated boundary: an outside client with OpenMQ's default accounts is
 * refused, the operator's integration account is accepted and its message applied, and the broker
 * is not reachable on the machine's other interfaces.
 */
@PlatformTest
class BrokerSecurityIT {

  private static final int PORT = Integer.getInteger("it.jms.port");
  private static final String USER = System.getProperty("it.jms.integration.user");
  private static final String PASSWORD = System.getProperty("it.jms.integration.password");
  private static final UUID TENANT = UUID.fromString("5e2f0c1a-0000-4000-8000-0000000000b6");

  private final ExternalBrokerClient client = new ExternalBrokerClient("127.0.0.1", PORT);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Platform.ear();
  }

  @Test
  void openMqsDefaultGuestAccountIsRefused() {
    assertThrows(JMSSecurityException.class, () -> client.connect("guest", "guest"));
  }

  @Test
  void openMqsDefaultAdminPasswordIsRefused() {
    assertThrows(JMSSecurityException.class, () -> client.connect("admin", "admin"));
  }

  @Test
  void theIntegrationAccountWithAWrongPasswordIsRefused() {
    assertThrows(JMSSecurityException.class, () -> client.connect(USER, PASSWORD + "x"));
  }

  @Test
  void theIntegrationAccountsMessageIsAccepted() throws Exception {
    UUID user = UUID.randomUUID();
    client.send(
        USER,
        PASSWORD,
        "enrollmentReferenceData",
        """
        {"messageId":"broker-it-%s","tenantId":"%s","kind":"userProfile","id":"%s",
         "data":{"fullname":"From The Integration","email":"integration@example.test"}}
        """
            .formatted(user, TENANT, user));

    assertThat(awaitProfile(user), is("From The Integration"));
  }

  @Test
  void theBrokerIsNotReachableOnTheMachinesOtherAddresses() throws Exception {
    Optional<InetAddress> outside = nonLoopbackAddress();
    Assumptions.assumeTrue(outside.isPresent(), "this machine has no non-loopback IPv4 address");
    List<Integer> ports = new ArrayList<>(servicePorts());
    ports.add(PORT);

    for (int port : ports) {
      try (Socket socket = new Socket()) {
        assertThrows(
            ConnectException.class,
            () -> socket.connect(new InetSocketAddress(outside.get(), port), 2_000),
            "port " + port + " answers on " + outside.get());
      }
    }
  }

  /**
   * The TCP ports of the broker's own services (JMS, admin), as its port mapper tells clients: it
   * answers the line {@code 101} with one line per service, {@code name protocol type port
   * [props]}, ending with a line {@code .}.
   */
  private static List<Integer> servicePorts() throws IOException {
    List<Integer> ports = new ArrayList<>();
    try (Socket socket = new Socket("127.0.0.1", PORT)) {
      socket.setSoTimeout(5_000);
      socket.getOutputStream().write("101\n".getBytes(StandardCharsets.US_ASCII));
      BufferedReader lines =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
      for (String line = lines.readLine();
          line != null && !line.equals(".");
          line = lines.readLine()) {
        String[] fields = line.split(" ");
        if (fields.length >= 4 && fields[1].equals("tcp") && !fields[3].equals("0")) {
          ports.add(Integer.valueOf(fields[3]));
        }
      }
    }
    assertThat("the port mapper lists the JMS service", ports.size() >= 2, is(true));
    return ports;
  }

  private static String awaitProfile(UUID user) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (true) {
      var names =
          TestDatabase.column(
              "select fullname from enrollment.user_profile where tenant_id = ?::uuid"
                  + " and user_id = ?::uuid",
              TENANT,
              user);
      if (!names.isEmpty()) {
        return names.get(0);
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("The integration's message was not applied");
      }
      Thread.sleep(200);
    }
  }

  private static Optional<InetAddress> nonLoopbackAddress() throws SocketException, IOException {
    return NetworkInterface.networkInterfaces()
        .filter(
            i -> {
              try {
                return i.isUp() && !i.isLoopback();
              } catch (SocketException e) {
                return false;
              }
            })
        .flatMap(NetworkInterface::inetAddresses)
        .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
        .findFirst();
  }
}
