package com.marketplace.common.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The path a module's API is served under, e.g. {@code /booking}: the web module's context root in
 * the EAR (its JAX-RS servlet mapped to {@code /*}), the JAX-RS servlet's path in the one-WAR build
 * for Payara Micro (context root {@code /}, servlets mapped to {@code /booking/*} and so on;
 * docs/payara-micro.md). Either way it is the context path followed by the servlet path.
 */
final class ModuleRoot {

  private ModuleRoot() {}

  /** {@code /booking} for a request to {@code /booking/v1/reservations}. */
  static String path(HttpServletRequest request) {
    return request.getContextPath() + request.getServletPath();
  }

  /** The module's name, e.g. {@code booking}. */
  static String name(HttpServletRequest request) {
    return path(request).replace("/", "");
  }
}
