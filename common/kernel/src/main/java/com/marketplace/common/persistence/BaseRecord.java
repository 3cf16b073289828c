package com.marketplace.common.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * What every business record carries, per the API contract: id, tenant, soft-delete flag, version
 * for optimistic locking, timestamps and owner. None of these has a public setter: the tenant and
 * owner are fixed at creation, the rest is maintained here.
 */
@MappedSuperclass
public abstract class BaseRecord {

  @Id
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "owner_id", updatable = false)
  private UUID ownerId;

  @Column(name = "is_active", nullable = false)
  private boolean active = true;

  @Version
  @Column(name = "record_version", nullable = false)
  private int recordVersion;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  /** For JPA. */
  protected BaseRecord() {}

  protected BaseRecord(UUID id, UUID tenantId, UUID ownerId) {
    this.id = id;
    this.tenantId = tenantId;
    this.ownerId = ownerId;
  }

  @PrePersist
  void stampCreation() {
    createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    updatedAt = createdAt;
  }

  @PreUpdate
  void stampUpdate() {
    updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  /** Soft delete: the record stays, flagged inactive, and is returned in its last state. */
  protected void deactivate() {
    active = false;
  }

  /** For reference data whose source says whether it is live: deactivates or reactivates. */
  protected void activate(boolean live) {
    active = live;
  }

  public UUID id() {
    return id;
  }

  public UUID tenantId() {
    return tenantId;
  }

  public UUID ownerId() {
    return ownerId;
  }

  public boolean isActive() {
    return active;
  }

  public int recordVersion() {
    return recordVersion;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }
}
