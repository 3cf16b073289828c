package com.marketplace.common.web;

/**
 * The message key and detail for an HTTP status the protocol layer produced (no route, wrong method
 * or media type, oversize, ...), the same whether JAX-RS or the servlet container found it.
 */
final class HttpErrors {

  record Answer(String messageKey, String detail) {}

  private HttpErrors() {}

  static Answer answer(int status) {
    return switch (status) {
      case 400 -> new Answer("errMsg_malformedRequest", "The request is malformed");
      case 401 -> new Answer("errMsg_unauthorized", "A valid access token is required");
      case 403 -> new Answer("errMsg_forbidden", "Not allowed");
      case 404 -> new Answer("errMsg_routeNotFound", "No such route");
      case 405 -> new Answer("errMsg_methodNotAllowed", "This route does not take that method");
      case 406 -> new Answer("errMsg_notAcceptable", "The API answers JSON");
      case 411 -> new Answer("errMsg_lengthRequired", "Send a Content-Length");
      case 413 -> new Answer("errMsg_bodyTooLarge", "The request body is too large");
      case 414 -> new Answer("errMsg_uriTooLong", "The request URI is too long");
      case 415 -> new Answer("errMsg_unsupportedMediaType", "Send application/json");
      case 431 -> new Answer("errMsg_headersTooLarge", "The request headers are too large");
      case 503 -> new Answer("errMsg_serviceUnavailable", "Try again shortly");
      default -> new Answer("errMsg_httpError", "HTTP " + status);
    };
  }
}
