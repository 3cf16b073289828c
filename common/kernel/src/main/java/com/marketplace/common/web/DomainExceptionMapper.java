package com.marketplace.common.web;

import com.marketplace.common.error.DomainException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The one place where a domain refusal becomes an HTTP status: the domain says how a rule refused,
 * this says what a client is answered.
 */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

  @Override
  public Response toResponse(DomainException e) {
    return ErrorEnvelope.of(statusOf(e.kind()), e.code(), e.detail());
  }

  static int statusOf(DomainException.Kind kind) {
    return switch (kind) {
      case INVALID -> 400;
      case CONFLICT -> 409;
      case REFUSED -> 422;
    };
  }
}
