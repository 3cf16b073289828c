package com.marketplace.common.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.stream.Collectors;

/** Bean Validation failures of a request: 400, naming each field and what is wrong with it. */
@Provider
public class ValidationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException e) {
    String detail =
        e.getConstraintViolations().stream()
            .map(v -> field(v) + " " + v.getMessage())
            .sorted()
            .collect(Collectors.joining("; "));
    return ErrorEnvelope.of(400, "errMsg_validationFailed", detail);
  }

  /** The innermost named node: "create.arg0.title" reads as "title". */
  private static String field(ConstraintViolation<?> violation) {
    String name = "request";
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getName() != null && !node.getName().startsWith("arg")) {
        name = node.getName();
      }
    }
    return name;
  }
}
