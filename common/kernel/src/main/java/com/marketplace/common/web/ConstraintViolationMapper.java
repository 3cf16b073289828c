package com.marketplace.common.web;

import com.marketplace.common.api.RequestContext;
import com.marketplace.common.persistence.SqlStates;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;

/**
 * The database refused a write because it would break a uniqueness or exclusion rule (say, a second
 * profile for one tutor, or overlapping stays): 409, the request conflicts with what exists. A
 * deadlock or serialization failure is a lost race: 409 too, to be retried. Any other persistence
 * failure is unexpected (500 with an incident id).
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<PersistenceException> {

  @Inject RequestContext request;

  @Override
  public Response toResponse(PersistenceException e) {
    return conflict(e).orElseGet(() -> UnexpectedErrorMapper.internalError(e, request.requestId()));
  }

  /** The 409 for a failure the database raised as a conflict, wherever it is wrapped. */
  static Optional<Response> conflict(Throwable e) {
    if (SqlStates.causedBy(e, SqlStates.UNIQUE_VIOLATION)
        || SqlStates.causedBy(e, SqlStates.EXCLUSION_VIOLATION)) {
      return Optional.of(
          ErrorEnvelope.of(
              409, "errMsg_conflictsWithExistingRecord", "This conflicts with an existing record"));
    }
    if (SqlStates.causedBy(e, SqlStates.DEADLOCK_DETECTED)
        || SqlStates.causedBy(e, SqlStates.SERIALIZATION_FAILURE)) {
      // two requests changed the same records at once and the database chose this one to undo
      return Optional.of(
          ErrorEnvelope.of(
              409,
              "errMsg_concurrentUpdate",
              "The record was changed at the same time; try again"));
    }
    return Optional.empty();
  }
}
