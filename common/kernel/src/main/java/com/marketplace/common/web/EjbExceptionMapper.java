package com.marketplace.common.web;

import com.marketplace.common.api.RequestContext;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.util.Optional;

/**
 * An EJB wraps unexpected exceptions (an optimistic lock failure at commit, say): map what it
 * wraps, so the client sees the same answer as without the EJB in between.
 */
@Provider
public class EjbExceptionMapper implements ExceptionMapper<EJBException> {

  private static final String ECLIPSELINK_OPTIMISTIC_LOCK =
      "org.eclipse.persistence.exceptions.OptimisticLockException";

  @Context Providers providers;
  @Inject RequestContext request;

  @Override
  public Response toResponse(EJBException e) {
    Optional<Response> conflict = ConstraintViolationMapper.conflict(e);
    if (conflict.isPresent()) {
      return conflict.get();
    }
    for (Throwable cause = causeOf(e); cause != null; cause = causeOf(cause)) {
      if (lostRaceAtCommit(cause)) {
        return new OptimisticLockMapper().toResponse(null);
      }
      if (!(cause instanceof EJBException) && !(cause instanceof RollbackException)) {
        return map(cause);
      }
    }
    return UnexpectedErrorMapper.internalError(e, request.requestId());
  }

  /**
   * A version conflict found when the container commits (EclipseLink's own exception, wrapped in
   * the transaction's RollbackException): another request changed the record first, as for a
   * conflict found earlier.
   */
  private static boolean lostRaceAtCommit(Throwable cause) {
    return cause instanceof OptimisticLockException
        || cause.getClass().getName().equals(ECLIPSELINK_OPTIMISTIC_LOCK);
  }

  private static Throwable causeOf(Throwable e) {
    Throwable cause =
        e instanceof EJBException ejb && ejb.getCausedByException() != null
            ? ejb.getCausedByException()
            : e.getCause();
    return cause == e ? null : cause;
  }

  @SuppressWarnings("unchecked")
  private <T extends Throwable> Response map(T cause) {
    ExceptionMapper<T> mapper = providers.getExceptionMapper((Class<T>) cause.getClass());
    return mapper != null
        ? mapper.toResponse(cause)
        : UnexpectedErrorMapper.internalError(cause, request.requestId());
  }
}
