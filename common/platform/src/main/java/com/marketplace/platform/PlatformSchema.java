package com.marketplace.platform;

import com.marketplace.common.messaging.JmsConnections;
import com.marketplace.common.persistence.Datasources;
import com.marketplace.common.persistence.ModuleSchema;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.JMSConnectionFactoryDefinition;

/**
 * Declares the one datasource and the one JMS connection factory of the application, and migrates
 * the {@code platform} schema.
 *
 * <p>The datasource is defined here, in the application, so an EAR deploys onto a bare Payara
 * Server with nothing but {@code DB_URL}, {@code DB_USER} and {@code DB_PASSWORD} in its
 * environment (or any other MicroProfile Config source of the server).
 */
@DataSourceDefinition(
    name = Datasources.APPLICATION,
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=DB_URL}",
    user = "${MPCONFIG=DB_USER}",
    password = "${MPCONFIG=DB_PASSWORD}",
    minPoolSize = 2,
    maxPoolSize = Datasources.MAX_POOL_SIZE,
    properties = {
      // what PostgreSQL shows as each connection's application_name: one name per node (the
      // Docker image: marketplace-<container host name>) lets the connection gauges count this
      // node's connections only (platform.metrics)
      "ApplicationName=${MPCONFIG=DB_APPLICATION_NAME:marketplace}",
      // stringtype=unspecified: nulls bound as varchar (as EclipseLink binds a null uuid) are left
      // for PostgreSQL to type, instead of being refused for uuid columns
      "stringType=unspecified",
      // The driver never waits unbounded on the network: connecting, logging in, or reading an
      // answer (the socket timeout outlives the statement timeout, so that PostgreSQL cancels a
      // slow statement before the driver gives up on the connection). docs/database-faults.md
      "connectTimeout=${MPCONFIG=DB_CONNECT_TIMEOUT_SECONDS:2}",
      "loginTimeout=${MPCONFIG=DB_LOGIN_TIMEOUT_SECONDS:3}",
      "socketTimeout=${MPCONFIG=DB_SOCKET_TIMEOUT_SECONDS:45}",
      "options=-c statement_timeout=${MPCONFIG=DB_STATEMENT_TIMEOUT_SECONDS:30}s",
      // A connection is checked before it is handed out unless it passed a check within the last
      // second (as HikariCP skips connections used within 500 ms): a SELECT 1 round trip and a
      // commit saved per checkout under load. One that fails the check (the database restarted,
      // every connection is dead) drops the whole pool: the next request gets a new connection
      // instead of "This connection has been closed". docs/database-faults.md
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname="
          + "org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
      "fish.payara.validate-atmost-once-period-in-seconds="
          + "${MPCONFIG=DB_VALIDATE_AT_MOST_ONCE_SECONDS:1}",
      "fish.payara.fail-all-connections=true",
      "fish.payara.connection-creation-retry-attempts=0",
      // while the database is away (or the pool is exhausted) a request fails fast with 503
      // instead of queueing for Payara's default of a minute
      "fish.payara.max-wait-time-in-millis=${MPCONFIG=DB_MAX_WAIT_MILLIS:3000}",
      // leak tracing (a connection held longer is logged with its stack trace) is off unless
      // asked for: it takes one pool-wide lock twice per request and records a stack trace per
      // checkout, 5.9 s of blocked threads in 100 s of load (docs/benchmark.md)
      "fish.payara.connection-leak-timeout-in-seconds="
          + "${MPCONFIG=DB_CONNECTION_LEAK_TIMEOUT_SECONDS:0}",
      "fish.payara.connection-leak-reclaim=${MPCONFIG=DB_CONNECTION_LEAK_RECLAIM:false}"
    })
// The broker account of the server (docs/messaging.md): the broker has no guest to fall back on
@JMSConnectionFactoryDefinition(
    name = JmsConnections.FACTORY,
    interfaceName = "jakarta.jms.ConnectionFactory",
    resourceAdapter = "jmsra",
    user = JmsConnections.USER,
    password = JmsConnections.PASSWORD)
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlatformSchema extends ModuleSchema {

  public PlatformSchema() {
    super("platform");
  }
}
