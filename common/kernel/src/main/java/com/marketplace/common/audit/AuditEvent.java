package com.marketplace.common.audit;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A recorded transition, as admins read it at {@code GET /v1/audit}. */
public record AuditEvent(
    UUID id,
    String objectType,
    UUID objectId,
    String field,
    String from,
    String to,
    UUID actorId,
    String requestId,
    OffsetDateTime occurredAt) {}
