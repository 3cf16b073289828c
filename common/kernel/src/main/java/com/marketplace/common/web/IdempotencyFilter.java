package com.marketplace.common.web;

import com.marketplace.common.api.RequestContext;
import com.marketplace.common.idempotency.IdempotencyStore;
import com.marketplace.common.idempotency.IdempotencyStore.StoredResponse;
import com.marketplace.common.security.Caller;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} on an authenticated POST: the request runs at most once per tenant, user
 * and key. A repeat gets the first response again ({@code Idempotent-Replayed: true}); the same key
 * with another method, path or body gets 422; a repeat while the first still runs gets 409. A 5xx
 * answer releases the key so that the client's retry can run.
 */
@Provider
@Priority(Priorities.USER)
public class IdempotencyFilter
    implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {

  public static final String HEADER = "Idempotency-Key";
  private static final String CLAIMED = IdempotencyFilter.class.getName() + ".claimed";
  private static final String STATUS = IdempotencyFilter.class.getName() + ".status";
  private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

  @Inject IdempotencyStore store;
  @Inject RequestContext request;

  @Override
  public void filter(ContainerRequestContext context) throws IOException {
    String key = context.getHeaderString(HEADER);
    if (key == null || !"POST".equals(context.getMethod()) || request.caller().isEmpty()) {
      return;
    }
    if (!KEY.matcher(key).matches()) {
      context.abortWith(
          ErrorEnvelope.of(
              400, "errMsg_idempotencyKeyIsNotValid", "1 to 255 visible ASCII characters"));
      return;
    }
    byte[] body = context.hasEntity() ? context.getEntityStream().readAllBytes() : new byte[0];
    context.setEntityStream(new ByteArrayInputStream(body));
    Caller caller = request.caller().get();
    String hash = hash(context.getUriInfo().getPath(), body);
    IdempotencyStore.Claim claim = store.claim(caller.tenantId(), caller.userId(), key, hash);
    if (claim instanceof IdempotencyStore.Granted) {
      context.setProperty(CLAIMED, key);
    } else if (claim instanceof IdempotencyStore.Replay replay) {
      context.abortWith(replayOf(replay.response()));
    } else if (claim instanceof IdempotencyStore.Mismatch) {
      context.abortWith(
          ErrorEnvelope.of(
              422,
              "errMsg_idempotencyKeyReused",
              "Idempotency-Key " + key + " was already used for a different request"));
    } else {
      context.abortWith(
          ErrorEnvelope.of(
              409,
              "errMsg_idempotentRequestInProgress",
              "A request with Idempotency-Key " + key + " is still running; retry later"));
    }
  }

  @Override
  public void filter(ContainerRequestContext context, ContainerResponseContext response) {
    String key = (String) context.getProperty(CLAIMED);
    if (key == null) {
      return;
    }
    Caller caller = request.caller().orElseThrow();
    if (response.getStatus() >= 500) {
      context.removeProperty(CLAIMED);
      store.release(caller.tenantId(), caller.userId(), key);
    } else if (!response.hasEntity()) {
      context.removeProperty(CLAIMED);
      store.complete(
          caller.tenantId(),
          caller.userId(),
          key,
          new StoredResponse(response.getStatus(), null, new byte[0]));
    } else {
      context.setProperty(STATUS, response.getStatus()); // completed once the body is written
    }
  }

  /** Keeps the body of a claimed request's response as it is written. */
  @Override
  public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
    Object key = context.getProperty(CLAIMED);
    Object status = context.getProperty(STATUS);
    if (key == null || status == null) {
      context.proceed();
      return;
    }
    OutputStream original = context.getOutputStream();
    ByteArrayOutputStream copy = new ByteArrayOutputStream();
    context.setOutputStream(copy);
    context.proceed();
    byte[] body = copy.toByteArray();
    original.write(body);
    Caller caller = request.caller().orElseThrow();
    MediaType type = context.getMediaType();
    store.complete(
        caller.tenantId(),
        caller.userId(),
        key.toString(),
        new StoredResponse((Integer) status, type == null ? null : type.toString(), body));
  }

  private static Response replayOf(StoredResponse stored) {
    Response.ResponseBuilder replay =
        Response.status(stored.status()).header("Idempotent-Replayed", "true");
    if (stored.body().length > 0) {
      replay.entity(stored.body()).type(stored.contentType());
    }
    return replay.build();
  }

  private static String hash(String path, byte[] body) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(("POST " + path + "\n").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
