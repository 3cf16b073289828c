package com.marketplace.common.audit;

import com.marketplace.common.api.RequestContext;
import com.marketplace.common.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.UUID;

/**
 * What application services call on a transition: fills in the actor and the request id from the
 * current request (none for scheduled and message-driven work, where the system is the actor).
 */
@ApplicationScoped
public class Auditor {

  @Inject AuditTrail trail;
  @Inject RequestContext request;

  /** Records {@code field} of the object going from {@code from} to {@code to}, if it changed. */
  public void transition(
      UUID tenantId, String objectType, UUID objectId, String field, Object from, Object to) {
    if (Objects.equals(from, to)) {
      return;
    }
    trail.record(
        new AuditEntry(
            tenantId,
            objectType,
            objectId,
            field,
            from == null ? null : from.toString(),
            to == null ? null : to.toString(),
            request.caller().map(Caller::userId).orElse(null),
            request.requestId()));
  }

  /** Records that the object was created (as its {@code isActive} going from nothing to true). */
  public void created(UUID tenantId, String objectType, UUID objectId) {
    transition(tenantId, objectType, objectId, "isActive", null, true);
  }
}
