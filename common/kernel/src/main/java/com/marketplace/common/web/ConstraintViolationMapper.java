package com.marketplace.common.web;

import com.marketplace.common.api.RequestContext;
import com.marketplace.common.persistence.SqlStates;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The database refused a write because it would break a uniqueness or exclusion rule (say, a second
 * profile for one tutor, or overlapping stays): 409, the request conflicts with what exists. Any
 * other persistence failure is unexpected (500 with an incident id).
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<PersistenceException> {

  @Inject RequestContext request;

  @Override
  public Response toResponse(PersistenceException e) {
    if (SqlStates.causedBy(e, SqlStates.UNIQUE_VIOLATION)
        || SqlStates.causedBy(e, SqlStates.EXCLUSION_VIOLATION)) {
      return ErrorEnvelope.of(
          409, "errMsg_conflictsWithExistingRecord", "This conflicts with an existing record");
    }
    return UnexpectedErrorMapper.internalError(e, request.requestId());
  }
}
