package com.marketplace.common.error;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Bean Validation of a body that did not come through a JAX-RS parameter (a JMS message, a service
 * called by another module): the same constraints, refused as the REST routes refuse them (400,
 * {@code errMsg_validationFailed}, naming each field), as an {@link ApiException} so the
 * transaction rolls back.
 */
public final class Violations {

  private Violations() {}

  /** {@code body} itself, then its constraints; {@code name} names a missing body. */
  public static <T> T requireValid(Validator validator, String name, T body) {
    if (body == null) {
      throw ApiException.badRequest("errMsg_validationFailed", name + " is required");
    }
    Set<ConstraintViolation<T>> violations = validator.validate(body);
    if (!violations.isEmpty()) {
      throw ApiException.badRequest("errMsg_validationFailed", describe(violations));
    }
    return body;
  }

  static String describe(Set<? extends ConstraintViolation<?>> violations) {
    return violations.stream()
        .map(v -> field(v) + " " + v.getMessage())
        .sorted()
        .collect(Collectors.joining("; "));
  }

  private static String field(ConstraintViolation<?> violation) {
    String name = "request";
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getName() != null && !node.getName().startsWith("<")) {
        name = node.getName();
      }
    }
    return name;
  }
}
