package com.marketplace.common.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * In front of JAX-RS in every module ({@code web.xml}): refuses, with the spec's envelope, what the
 * web container would otherwise answer with an empty 200 or its own HTML page, or pass on
 * half-decoded: methods the API has no use for (TRACE included), malformed or dangerous paths, and
 * a {@code Content-Type} that is not a media type.
 */
public class RequestLineFilter extends HttpFilter {

  static final Set<String> METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
  static final String ALLOW = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!METHODS.contains(request.getMethod())) {
      response.setHeader("Allow", ALLOW);
      ErrorEnvelope.write(
          response, 405, "errMsg_methodNotAllowed", "The API does not take this method");
      return;
    }
    String pathProblem = RequestPaths.problem(request.getRequestURI());
    if (pathProblem != null) {
      ErrorEnvelope.write(response, 400, "errMsg_malformedPath", "The path " + pathProblem);
      return;
    }
    String contentType = request.getHeader("Content-Type");
    if (contentType != null && !RequestPaths.isMediaType(contentType)) {
      ErrorEnvelope.write(
          response,
          415,
          "errMsg_unsupportedMediaType",
          "Content-Type is not a media type; send application/json");
      return;
    }
    chain.doFilter(request, response);
  }
}
