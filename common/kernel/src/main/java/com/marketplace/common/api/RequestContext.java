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
  private long ssoNanos;
  private String cacheKey;

  /**
   * Called once by the kernel's request filter.
   *
   * @param ssoNanos how long verifying the caller's token took, before this filter ran; counted in
   *     the elapsed time too, so {@code elapsedMs} is never below {@code ssoTime}
   * @param cacheKey the request's {@link CacheKey}, or null for a write
   */
  public void begin(
      String method, CommonParameters parameters, Caller caller, long ssoNanos, String cacheKey) {
    this.startNanos = System.nanoTime() - ssoNanos;
    this.method = method;
    this.parameters = parameters;
    this.caller = caller;
    this.ssoNanos = ssoNanos;
    this.cacheKey = cacheKey;
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

  /** The spec's {@code ssoTime}: milliseconds spent verifying the caller's token (0 without). */
  public long ssoMillis() {
    return ssoNanos / 1_000_000;
  }

  public String cacheKey() {
    return cacheKey;
  }

  public long elapsedMillis() {
    return elapsedNanos() / 1_000_000;
  }

  public long elapsedNanos() {
    return System.nanoTime() - startNanos;
  }
}
