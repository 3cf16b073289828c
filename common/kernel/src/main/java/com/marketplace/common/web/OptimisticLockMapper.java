package com.marketplace.common.web;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Somebody else changed the record first: 409, so the client reloads and decides again. */
@Provider
public class OptimisticLockMapper implements ExceptionMapper<OptimisticLockException> {

  @Override
  public Response toResponse(OptimisticLockException e) {
    return ErrorEnvelope.of(
        409,
        "errMsg_recordVersionConflict",
        "The record was changed by another request; reload it");
  }
}
