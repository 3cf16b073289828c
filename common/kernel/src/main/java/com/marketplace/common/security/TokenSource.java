package com.marketplace.common.security;

import java.util.Optional;

/**
 * The parts of a request that may carry an access token, independent of the HTTP API in use. Every
 * method answers empty for a value that is absent or blank.
 */
public interface TokenSource {

  /** The first value of query-string parameter {@code name}; never taken from a request body. */
  Optional<String> queryParameter(String name);

  /** The first value of header {@code name}, looked up case-insensitively. */
  Optional<String> header(String name);

  /** The value of cookie {@code name} (case-sensitive, as cookie names are). */
  Optional<String> cookie(String name);
}
