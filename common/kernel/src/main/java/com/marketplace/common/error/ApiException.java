package com.marketplace.common.error;

import jakarta.ejb.ApplicationException;

/**
 * A failure the client caused or can resolve, with the status and message key it maps to.
 *
 * <p>An application exception for EJBs: it reaches the caller as itself (not wrapped in an
 * EJBException) and still rolls the transaction back, so nothing is half-written.
 */
@ApplicationException(rollback = true, inherited = true)
public class ApiException extends RuntimeException {

  private final int status;
  private final String messageKey;

  public ApiException(int status, String messageKey, String detail) {
    super(detail);
    this.status = status;
    this.messageKey = messageKey;
  }

  public int status() {
    return status;
  }

  /** The spec's message key, e.g. {@code errMsg_enrollmentNotFound}. */
  public String messageKey() {
    return messageKey;
  }

  public String detail() {
    return getMessage();
  }

  /** 400: the request itself is malformed or invalid. */
  public static ApiException badRequest(String messageKey, String detail) {
    return new ApiException(400, messageKey, detail);
  }

  /** 403: the caller is known but may not do this. */
  public static ApiException forbidden(String detail) {
    return new ApiException(403, "errMsg_forbidden", detail);
  }

  /**
   * 404: no such record for this caller. Also what another tenant's record looks like, so that its
   * existence never leaks.
   */
  public static ApiException notFound(String objectType, Object id) {
    return new ApiException(
        404, "errMsg_" + objectType + "NotFound", objectType + " " + id + " was not found");
  }

  /** 409: the record's state (or version) does not allow this now. */
  public static ApiException conflict(String messageKey, String detail) {
    return new ApiException(409, messageKey, detail);
  }

  /** 422: well-formed, but cannot be processed as sent. */
  public static ApiException unprocessable(String messageKey, String detail) {
    return new ApiException(422, messageKey, detail);
  }
}
