package com.marketplace.common.web;

import com.marketplace.common.api.RequestContext;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;

/**
 * An EJB wraps unexpected exceptions (an optimistic lock failure at commit, say): map what it
 * wraps, so the client sees the same answer as without the EJB in between.
 */
@Provider
public class EjbExceptionMapper implements ExceptionMapper<EJBException> {

  @Context Providers providers;
  @Inject RequestContext request;

  @Override
  public Response toResponse(EJBException e) {
    Throwable cause = e.getCause() != null ? e.getCause() : e.getCausedByException();
    if (cause == null || cause == e) {
      return UnexpectedErrorMapper.internalError(e, request.requestId());
    }
    return map(cause);
  }

  @SuppressWarnings("unchecked")
  private <T extends Throwable> Response map(T cause) {
    ExceptionMapper<T> mapper = providers.getExceptionMapper((Class<T>) cause.getClass());
    return mapper != null
        ? mapper.toResponse(cause)
        : UnexpectedErrorMapper.internalError(cause, request.requestId());
  }
}
