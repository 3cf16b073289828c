package com.marketplace.common.permissions;

import java.util.UUID;

/**
 * One effective permission of the caller, as {@code GET /permissions} lists it: either from a role
 * ({@code roleId} set, no id) or from a stored grant ({@code id} and {@code subjectUserId}).
 */
public record PermissionRecord(
    UUID id,
    String permissionName,
    String roleId,
    UUID subjectUserId,
    UUID subjectUserGroupId,
    UUID objectId,
    boolean canDo,
    String tenantCodename) {}
