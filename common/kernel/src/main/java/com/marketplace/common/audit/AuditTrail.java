package com.marketplace.common.audit;

import com.marketplace.common.api.Page;
import com.marketplace.common.api.PageRequest;
import java.util.UUID;

/** Append-only record of business state transitions, per tenant. */
public interface AuditTrail {

  /**
   * Records the entry in the caller's transaction, which must exist: the entry commits or rolls
   * back with the transition it describes.
   */
  void record(AuditEntry entry);

  /** The tenant's events, newest first. */
  Page<AuditEvent> find(UUID tenantId, AuditQuery query, PageRequest page);
}
