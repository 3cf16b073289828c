package com.marketplace.common.permissions;

import com.marketplace.common.api.Page;
import com.marketplace.common.api.PageRequest;
import com.marketplace.common.security.Caller;
import java.util.List;
import java.util.UUID;

/**
 * Permission checks for any caller, and grant management for admins, within the caller's tenant.
 */
public interface PermissionService {

  List<PermissionRecord> effective(Caller caller);

  PermissionCheck check(Caller caller, String permissionName);

  /**
   * Stores a grant for a user of the admin's tenant; 409 if a live one exists for the same scope.
   */
  PermissionGrant grant(
      Caller admin, String permissionName, UUID subjectUserId, UUID objectId, boolean canDo);

  /** Revokes (deactivates) a grant and returns its last state; 404 for another tenant's. */
  PermissionGrant revoke(Caller admin, UUID grantId);

  PermissionGrant get(Caller admin, UUID grantId);

  Page<PermissionGrant> list(Caller admin, UUID subjectUserId, PageRequest page);
}
