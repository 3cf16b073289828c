package com.marketplace.platform.audit;

import com.marketplace.common.audit.AuditEntry;
import com.marketplace.common.audit.AuditEvent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A row of {@code platform.audit_event}; written once, never changed (the database enforces it).
 */
@Entity
@Table(name = "audit_event", schema = "platform")
public class AuditEventRow {

  @Id private UUID id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "object_type", nullable = false, updatable = false)
  private String objectType;

  @Column(name = "object_id", nullable = false, updatable = false)
  private UUID objectId;

  @Column(name = "field", nullable = false, updatable = false)
  private String field;

  @Column(name = "from_value", updatable = false)
  private String fromValue;

  @Column(name = "to_value", updatable = false)
  private String toValue;

  @Column(name = "actor_id", updatable = false)
  private UUID actorId;

  @Column(name = "request_id", updatable = false)
  private String requestId;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private OffsetDateTime occurredAt;

  /** For JPA. */
  protected AuditEventRow() {}

  AuditEventRow(AuditEntry entry) {
    this.id = UUID.randomUUID();
    this.tenantId = entry.tenantId();
    this.objectType = entry.objectType();
    this.objectId = entry.objectId();
    this.field = entry.field();
    this.fromValue = entry.from();
    this.toValue = entry.to();
    this.actorId = entry.actorId();
    this.requestId = entry.requestId();
    this.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  AuditEvent toEvent() {
    return new AuditEvent(
        id, objectType, objectId, field, fromValue, toValue, actorId, requestId, occurredAt);
  }
}
