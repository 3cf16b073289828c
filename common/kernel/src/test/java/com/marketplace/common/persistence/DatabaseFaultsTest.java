package com.marketplace.common.persistence;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import jakarta.transaction.SystemException;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseFaultsTest {

  @Test
  void aRefusedConnectionIsTheDatabaseBeingAway() throws IOException {
    SQLException refused =
        assertThrows(
            SQLException.class,
            () ->
                DriverManager.getConnection(
                    "jdbc:postgresql://127.0.0.1:" + closedPort() + "/nowhere?connectTimeout=2",
                    "nobody",
                    "none"));

    assertThat(DatabaseFaults.isUnavailable(wrapped(refused)), is(true));
  }

  @Test
  void aConnectionClosedByAServerShutdownIsTheDatabaseBeingAway() {
    assertThat(DatabaseFaults.isUnavailable(wrapped(state("08003"))), is(true));
    assertThat(DatabaseFaults.isUnavailable(wrapped(state("57P01"))), is(true));
  }

  @Test
  void aStatementCancelledByItsTimeoutIsTheDatabaseBeingAway() {
    assertThat(DatabaseFaults.isUnavailable(wrapped(state("57014"))), is(true));
  }

  @Test
  void aPoolThatCannotHandOutAConnectionIsTheDatabaseBeingAway() {
    SQLException noConnection =
        new SQLException(
            "Error in allocating a connection", new ResourceException("max-wait-time expired"));

    assertThat(DatabaseFaults.isUnavailable(wrapped(noConnection)), is(true));
  }

  @Test
  void aCommitTheTransactionManagerCouldNotCompleteIsTheDatabaseBeingAway() {
    assertThat(DatabaseFaults.isUnavailable(new EJBException(new SystemException())), is(true));
  }

  @Test
  void aStateOnAChainedNextExceptionCounts() {
    SQLException batch = state("23505");
    batch.setNextException(state("08006"));

    assertThat(DatabaseFaults.isUnavailable(batch), is(true));
  }

  @Test
  void constraintViolationsAndBugsAreNot() {
    assertThat(DatabaseFaults.isUnavailable(wrapped(state("23505"))), is(false));
    assertThat(DatabaseFaults.isUnavailable(wrapped(state(null))), is(false));
    assertThat(DatabaseFaults.isUnavailable(new NullPointerException()), is(false));
    assertThat(DatabaseFaults.isUnavailable(new EJBException("boom")), is(false));
  }

  @Test
  void aCycleOfCausesEnds() {
    RuntimeException a = new RuntimeException("a");
    RuntimeException b = new RuntimeException("b", a);
    a.initCause(b);

    assertThat(DatabaseFaults.isUnavailable(a), is(false));
  }

  /** As a failure reaches a JAX-RS mapper: JPA's exception inside the EJB container's. */
  private static EJBException wrapped(SQLException e) {
    return new EJBException(new PersistenceException("Exception [EclipseLink-4002]", e));
  }

  private static SQLException state(String sqlState) {
    return new SQLException("failure " + sqlState, sqlState);
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
