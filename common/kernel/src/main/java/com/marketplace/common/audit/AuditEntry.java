package com.marketplace.common.audit;

import java.util.Objects;
import java.util.UUID;

/** One field of one business object changing from one value to another. */
public record AuditEntry(
    UUID tenantId,
    String objectType,
    UUID objectId,
    String field,
    String from,
    String to,
    UUID actorId,
    String requestId) {

  public AuditEntry {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(objectType, "objectType");
    Objects.requireNonNull(objectId, "objectId");
    Objects.requireNonNull(field, "field");
  }
}
