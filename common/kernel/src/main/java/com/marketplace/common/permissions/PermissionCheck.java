package com.marketplace.common.permissions;

import java.util.List;
import java.util.UUID;

/**
 * The answer of {@code GET /permissions/:name}: whether the caller may in general, and the objects
 * where the answer is the opposite (denied objects when {@code canDo}, granted objects when not).
 */
public record PermissionCheck(boolean canDo, List<UUID> exceptions) {

  public PermissionCheck {
    exceptions = List.copyOf(exceptions);
  }
}
