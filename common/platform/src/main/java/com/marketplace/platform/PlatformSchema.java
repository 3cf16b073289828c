package com.marketplace.platform;

import com.marketplace.common.persistence.Datasources;
import com.marketplace.common.persistence.ModuleSchema;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Declares the one datasource of the application and migrates the {@code platform} schema.
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
    maxPoolSize = 48,
    // stringtype=unspecified: nulls bound as varchar (as EclipseLink binds a null uuid) are left
    // for PostgreSQL to type, instead of being refused for uuid columns
    properties = {"ApplicationName=marketplace", "stringType=unspecified"})
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlatformSchema extends ModuleSchema {

  public PlatformSchema() {
    super("platform");
  }
}
