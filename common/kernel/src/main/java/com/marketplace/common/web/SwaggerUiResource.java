package com.marketplace.common.web;

import com.marketplace.common.security.PublicRoute;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * Swagger UI at {@code /{module}/swagger}, showing this module's OpenAPI document. The UI's files
 * come from the swagger-ui webjar in the EAR's {@code lib/}, where the servlet container's own
 * static-resource serving does not look.
 */
@Path("swagger")
@PublicRoute
@ApplicationScoped
public class SwaggerUiResource {

  private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/" + version() + "/";
  private static final Map<String, String> TYPES =
      Map.of(
          "js", "text/javascript",
          "css", "text/css",
          "png", "image/png",
          "map", "application/json",
          "html", MediaType.TEXT_HTML);

  @GET
  @Produces(MediaType.TEXT_HTML)
  public String page() {
    return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="UTF-8">
          <title>API</title>
          <link rel="stylesheet" href="swagger/swagger-ui.css">
        </head>
        <body>
          <div id="swagger-ui"></div>
          <script src="swagger/swagger-ui-bundle.js"></script>
          <script src="swagger/swagger-ui-standalone-preset.js"></script>
          <script>
            window.ui = SwaggerUIBundle({
              url: "openapi",
              dom_id: "#swagger-ui",
              presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
              layout: "StandaloneLayout"
            });
          </script>
        </body>
        </html>
        """;
  }

  @GET
  @Path("{file: [A-Za-z0-9-]+\\.[a-z]+}")
  public Response file(@PathParam("file") String file) {
    String type = TYPES.get(file.substring(file.lastIndexOf('.') + 1));
    InputStream content =
        type == null ? null : getClass().getClassLoader().getResourceAsStream(WEBJAR + file);
    if (content == null) {
      throw new NotFoundException();
    }
    return Response.ok(content, type).header("Cache-Control", "public, max-age=86400").build();
  }

  private static String version() {
    String pom = "META-INF/maven/org.webjars/swagger-ui/pom.properties";
    try (InputStream in = SwaggerUiResource.class.getClassLoader().getResourceAsStream(pom)) {
      if (in == null) {
        throw new IllegalStateException("The swagger-ui webjar is not on the class path");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
