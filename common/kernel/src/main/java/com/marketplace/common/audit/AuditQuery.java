package com.marketplace.common.audit;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Filters of the audit list; a null filter does not restrict. */
public record AuditQuery(
    String objectType,
    UUID objectId,
    UUID actorId,
    String field,
    OffsetDateTime from,
    OffsetDateTime to) {}
