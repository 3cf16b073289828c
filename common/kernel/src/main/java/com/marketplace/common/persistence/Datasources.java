package com.marketplace.common.persistence;

/** JNDI names of the application-defined datasource, declared once in the platform module. */
public final class Datasources {

  /** The JTA datasource every persistence unit of the application uses. */
  public static final String APPLICATION = "java:app/jdbc/marketplace";

  /** Its pool's maximum size: the annotation's, and the connection gauges' for comparison. */
  public static final int MAX_POOL_SIZE = 48;

  private Datasources() {}
}
