package com.marketplace.common.web;

import com.marketplace.common.error.ApiException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * Before anything reads a request body (the idempotency check hashes it, JSON-B binds it): a body
 * over {@code api.body.max-bytes} is a 413, and a charset nobody can decode is a 415. A declared
 * {@code Content-Length} over the cap is refused without reading a byte; a chunked body is cut off
 * where it passes the cap.
 */
@Provider
@PreMatching
@Priority(100)
public class BodyLimitFilter implements ContainerRequestFilter {

  private final BodyLimits limits;

  public BodyLimitFilter() {
    this(BodyLimits.fromConfig());
  }

  BodyLimitFilter(BodyLimits limits) {
    this.limits = limits;
  }

  @Override
  public void filter(ContainerRequestContext context) {
    // the declared length first: hasEntity() waits for the body's first byte, so a client that
    // declares a large body and sends it late (or never) would hold this thread until the read
    // timed out (30 s) before its 413
    if (context.getLength() > limits.maxBytes()) {
      throw tooLarge(limits.maxBytes());
    }
    if (!context.hasEntity()) {
      return;
    }
    charsetOf(context.getMediaType());
    context.setEntityStream(new Capped(context.getEntityStream(), limits.maxBytes()));
  }

  /** The body's declared charset, UTF-8 when none; 415 when Java knows no such charset. */
  static Charset charsetOf(MediaType type) {
    String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
    if (name == null || name.isBlank()) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(name.strip());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new ApiException(
          415,
          "errMsg_unsupportedMediaType",
          "Unknown charset in " + HttpHeaders.CONTENT_TYPE + "; send UTF-8");
    }
  }

  static ApiException tooLarge(int maxBytes) {
    return new ApiException(
        413, "errMsg_bodyTooLarge", "The request body is larger than " + maxBytes + " bytes");
  }

  /** A body that throws the 413 as soon as it yields more than its cap. */
  private static final class Capped extends FilterInputStream {
    private final int cap;
    private long read;

    Capped(InputStream body, int cap) {
      super(body);
      this.cap = cap;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count(Math.max(n, 0));
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count(skipped);
      return skipped;
    }

    private void count(long n) {
      read += n;
      if (read > cap) {
        throw tooLarge(cap);
      }
    }
  }
}
