package com.marketplace.common.web;

import com.marketplace.common.openapi.ApiFace;
import com.marketplace.common.security.PublicRoute;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.glassfish.jersey.server.ExtendedResourceContext;

/**
 * The spec's default routes at a module's root: {@code GET /} (the "API face", the module's routes
 * as a small HTML page made from its OpenAPI document) and {@code GET /favicon.ico}. Both public.
 */
@Path("")
@PublicRoute
public class ApiFaceResource {

  static final String ICON_TYPE = "image/x-icon";
  private static final byte[] ICON = read("META-INF/marketplace/favicon.ico");
  private static final EntityTag ICON_TAG = new EntityTag(sha256Prefix(ICON));
  private static final int ONE_DAY = 86_400;

  @Context ExtendedResourceContext resources;
  @Context Configuration configuration;
  @Context HttpServletRequest request;

  @GET
  @Produces("text/html;charset=UTF-8")
  public String face() {
    ModuleApi api = new ModuleApi(resources, configuration, request);
    return ApiFace.html(api.module(), api.openApi());
  }

  /** The same bytes for every module; cached a day by browsers, revalidated by its ETag. */
  @GET
  @Path("favicon.ico")
  @Produces(ICON_TYPE)
  public Response favicon(@Context Request request) {
    Response.ResponseBuilder notModified = request.evaluatePreconditions(ICON_TAG);
    Response.ResponseBuilder answer =
        notModified != null ? notModified : Response.ok(ICON, ICON_TYPE);
    return answer.tag(ICON_TAG).header("Cache-Control", "public, max-age=" + ONE_DAY).build();
  }

  private static byte[] read(String resource) {
    try (InputStream in = ApiFaceResource.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256Prefix(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }
}
