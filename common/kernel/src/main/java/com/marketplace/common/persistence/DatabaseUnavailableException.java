package com.marketplace.common.persistence;

/** The database could not be reached in time; the deployment must not go on without it. */
public class DatabaseUnavailableException extends RuntimeException {

  public DatabaseUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
