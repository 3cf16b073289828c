package com.marketplace.booking.api;

import com.marketplace.booking.application.reservation.UnpaidHoldLimitReached;
import com.marketplace.common.web.ApiExceptionMapper;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The error envelope of any refusal, plus {@code Retry-After}: when one of the holds runs out. */
@Provider
public class UnpaidHoldLimitMapper implements ExceptionMapper<UnpaidHoldLimitReached> {

  @Override
  public Response toResponse(UnpaidHoldLimitReached e) {
    return Response.fromResponse(new ApiExceptionMapper().toResponse(e))
        .header("Retry-After", e.retryAfterSeconds())
        .build();
  }
}
