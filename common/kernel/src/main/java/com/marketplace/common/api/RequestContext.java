package com.marketplace.common.api;

import com.marketplace.common.error.ApiException;
import com.marketplace.common.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * What the kernel learned about the current HTTP request before the resource runs: its common
 * parameters, its caller (if any) and when it started. Filled by the kernel's request filter.
 */
@RequestScoped
public class RequestContext {

  private long startNanos = System.nanoTime();
  private String method = "GET";
  private CommonParameters parameters;
  private Caller caller;

  /** Called once by the kernel's request filter. */
  public void begin(String method, CommonParameters parameters, Caller caller) {
    this.startNanos = System.nanoTime();
    this.method = method;
    this.parameters = parameters;
    this.caller = caller;
  }

  public Optional<Caller> caller() {
    return Optional.ofNullable(caller);
  }

  /** The caller of a route that requires a login (the kernel already refused anonymous ones). */
  public Caller requireCaller() {
    if (caller == null) {
      throw new ApiException(401, "errMsg_loginRequired", "No login found");
    }
    return caller;
  }

  public CommonParameters parameters() {
    if (parameters == null) {
      parameters = CommonParameters.parse(name -> null);
    }
    return parameters;
  }

  public String requestId() {
    return parameters().requestId();
  }

  public String method() {
    return method;
  }

  public long elapsedMillis() {
    return elapsedNanos() / 1_000_000;
  }

  public long elapsedNanos() {
    return System.nanoTime() - startNanos;
  }
}
