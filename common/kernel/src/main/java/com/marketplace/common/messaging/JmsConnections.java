package com.marketplace.common.messaging;

/**
 * How the application reaches the JMS broker: as the server's own broker account, {@value #USER},
 * with the password {@code JMS_PASSWORD} from MicroProfile Config (docs/messaging.md). The broker
 * has no anonymous {@code guest} account to fall back on, so every producer connects through {@link
 * #FACTORY} (declared once, in the platform module) and every message-driven bean names these
 * credentials in its activation config (Payara expands {@code ${MPCONFIG=...}} there).
 */
public final class JmsConnections {

  /** JNDI name of the application's connection factory. */
  public static final String FACTORY = "java:global/jms/marketplace";

  /** The server's own broker account. */
  public static final String USER = "marketplace";

  /** Its password, resolved by Payara from MicroProfile Config when the application deploys. */
  public static final String PASSWORD = "${MPCONFIG=JMS_PASSWORD}";

  private JmsConnections() {}
}
