package com.marketplace.common.persistence;

/** JNDI names of the application-defined datasource, declared once in the platform module. */
public final class Datasources {

  /** The JTA datasource every persistence unit of the application uses. */
  public static final String APPLICATION = "java:app/jdbc/marketplace";

  private Datasources() {}
}
