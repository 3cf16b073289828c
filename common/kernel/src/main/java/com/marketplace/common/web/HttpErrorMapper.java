package com.marketplace.common.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.glassfish.jersey.server.ParamException;

/**
 * What JAX-RS itself refuses (no such route, wrong method or media type, unreadable body) gets the
 * spec's error envelope too, never the server's HTML error page.
 */
@Provider
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {

  @Context UriInfo uri;
  @Context Request request;

  @Override
  public Response toResponse(WebApplicationException e) {
    if (e instanceof ParamException.PathParamException path) {
      // a path segment that is not an id of the right form: the request is malformed (400), not a
      // missing record (404), as the spec's errMsg_<param>isNotAValidID says
      return ErrorEnvelope.of(
          400,
          "errMsg_" + path.getParameterName() + "isNotAValidID",
          path.getParameterName() + " is not a valid ID");
    }
    int status = e.getResponse().getStatus();
    String route = request.getMethod() + " /" + uri.getPath();
    return switch (status) {
      case 404 -> ErrorEnvelope.of(404, "errMsg_routeNotFound", "No route " + route);
      case 405 -> ErrorEnvelope.of(405, "errMsg_methodNotAllowed", "No route " + route);
      case 406 -> ErrorEnvelope.of(406, "errMsg_notAcceptable", "The API answers JSON");
      case 415 -> ErrorEnvelope.of(415, "errMsg_unsupportedMediaType", "Send application/json");
      case 400 -> ErrorEnvelope.of(400, "errMsg_malformedRequest", MalformedBodyMapper.describe(e));
      default -> ErrorEnvelope.of(status, "errMsg_httpError", "HTTP " + status + " on " + route);
    };
  }
}
