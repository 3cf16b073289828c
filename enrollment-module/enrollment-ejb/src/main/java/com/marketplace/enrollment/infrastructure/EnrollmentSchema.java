package com.marketplace.enrollment.infrastructure;

import com.marketplace.common.persistence.ModuleSchema;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/** Brings the {@code enrollment} schema up to date when the application starts. */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EnrollmentSchema extends ModuleSchema {

  public EnrollmentSchema() {
    super("enrollment");
  }
}
