package com.marketplace.platform.permissions;

import com.marketplace.common.permissions.PermissionGrant;
import com.marketplace.common.persistence.BaseRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A row of {@code platform.permission_grant}. Revoking deactivates it; nothing else changes. */
@Entity
@Table(name = "permission_grant", schema = "platform")
public class PermissionGrantRow extends BaseRecord {

  @Column(name = "permission_name", nullable = false, updatable = false)
  private String permissionName;

  @Column(name = "subject_user_id", nullable = false, updatable = false)
  private UUID subjectUserId;

  @Column(name = "object_id", updatable = false)
  private UUID objectId;

  @Column(name = "can_do", nullable = false, updatable = false)
  private boolean canDo;

  /** For JPA. */
  protected PermissionGrantRow() {}

  PermissionGrantRow(
      UUID tenantId,
      UUID grantedBy,
      String permissionName,
      UUID subjectUserId,
      UUID objectId,
      boolean canDo) {
    super(UUID.randomUUID(), tenantId, grantedBy);
    this.permissionName = permissionName;
    this.subjectUserId = subjectUserId;
    this.objectId = objectId;
    this.canDo = canDo;
  }

  void revoke() {
    deactivate();
  }

  String permissionName() {
    return permissionName;
  }

  UUID objectId() {
    return objectId;
  }

  boolean canDo() {
    return canDo;
  }

  PermissionGrant toView() {
    return new PermissionGrant(
        id(),
        permissionName,
        subjectUserId,
        objectId,
        canDo,
        isActive(),
        recordVersion(),
        createdAt(),
        updatedAt(),
        ownerId());
  }
}
