package com.marketplace.common.permissions;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A stored grant (or, with {@code canDo = false}, denial), as the admin routes show it. */
public record PermissionGrant(
    UUID id,
    String permissionName,
    UUID subjectUserId,
    UUID objectId,
    boolean canDo,
    boolean isActive,
    int recordVersion,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt,
    UUID _owner) {}
