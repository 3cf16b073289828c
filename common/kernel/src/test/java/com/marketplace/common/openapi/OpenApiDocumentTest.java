package com.marketplace.common.openapi;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.marketplace.common.security.AllowedRoles;
import com.marketplace.common.security.PublicRoute;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {

  enum Colour {
    RED,
    GREEN
  }

  record Thing(@NotBlank String name, @NotNull UUID ownerId, Colour colour, List<Thing> parts) {}

  static class ThingResource {
    @AllowedRoles("admin")
    public Response create(Thing thing) {
      return null;
    }

    public Thing get(@PathParam("id") UUID id, @QueryParam("expand") String expand) {
      return null;
    }

    @PublicRoute
    public String ping() {
      return "pong";
    }
  }

  private final JsonObject document =
      OpenApiDocument.build(
          "things",
          "1.0",
          List.of("tutorhub"),
          List.of(
              route("POST", "v1/things", "create", Thing.class),
              route("GET", "v1/things/{id: [0-9a-f-]+}", "get", UUID.class, String.class),
              route("GET", "ping", "ping")));

  @Test
  void describesEveryRouteUnderTheModulesServer() {
    assertThat(document.getString("openapi"), equalTo("3.0.3"));
    assertThat(
        document.getJsonArray("servers").getJsonObject(0).getString("url"), equalTo("/things"));
    assertThat(
        document.getJsonObject("paths").keySet(),
        containsInAnyOrder("/v1/things", "/v1/things/{id}", "/ping"));
  }

  @Test
  void requestBodiesAreTheJavaTypesWithTheirRequiredFields() {
    JsonObject create =
        document.getJsonObject("paths").getJsonObject("/v1/things").getJsonObject("post");
    JsonObject thing =
        document.getJsonObject("components").getJsonObject("schemas").getJsonObject("Thing");

    assertThat(
        create
            .getJsonObject("requestBody")
            .getJsonObject("content")
            .getJsonObject("application/json")
            .getJsonObject("schema")
            .getString("$ref"),
        equalTo("#/components/schemas/Thing"));
    assertThat(strings(thing, "required"), contains("name", "ownerId"));
    assertThat(
        thing.getJsonObject("properties").getJsonObject("ownerId").getString("format"),
        equalTo("uuid"));
    assertThat(
        strings(thing.getJsonObject("properties").getJsonObject("colour"), "enum"),
        contains("RED", "GREEN"));
    assertThat(
        thing
            .getJsonObject("properties")
            .getJsonObject("parts")
            .getJsonObject("items")
            .getString("$ref"),
        equalTo("#/components/schemas/Thing"));
    assertThat(create.getJsonObject("responses"), hasKey("201"));
    assertThat(create.getString("description"), equalTo("Roles: admin"));
  }

  @Test
  void pathAndQueryParametersAreDeclared() {
    JsonObject get =
        document.getJsonObject("paths").getJsonObject("/v1/things/{id}").getJsonObject("get");
    JsonObject id = get.getJsonArray("parameters").getJsonObject(0);

    assertThat(id.getString("name"), equalTo("id"));
    assertThat(id.getString("in"), equalTo("path"));
    assertThat(id.getBoolean("required"), is(true));
    assertThat(get.getJsonArray("parameters").getJsonObject(1).getString("in"), equalTo("query"));
  }

  @Test
  void publicRoutesNeedNoTokenAndOthersTakeItFromAnyPlace() {
    JsonObject ping = document.getJsonObject("paths").getJsonObject("/ping").getJsonObject("get");
    JsonObject schemes = document.getJsonObject("components").getJsonObject("securitySchemes");

    assertThat(ping.getJsonArray("security").size(), is(0));
    assertThat(ping.getJsonObject("responses"), not(hasKey("401")));
    assertThat(document.getJsonArray("security").size(), is(4));
    assertThat(
        schemes.getJsonObject("accessTokenHeader").getString("name"),
        equalTo("tutorhub-access-token"));
    assertThat(
        schemes.getJsonObject("accessTokenQuery").getString("name"), equalTo("access_token"));
  }

  @Test
  void becomesAPostmanCollection() {
    JsonObject collection = PostmanCollection.fromOpenApi(document, "things");

    JsonObject folder = collection.getJsonArray("item").getJsonObject(0);
    assertThat(folder.getString("name"), equalTo("Thing"));
    assertThat(folder.getJsonArray("item").size(), is(3));
  }

  private static List<String> strings(JsonObject object, String key) {
    return object.getJsonArray(key).getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  private static Route route(String method, String path, String name, Class<?>... parameters) {
    try {
      return new Route(method, path, ThingResource.class.getMethod(name, parameters));
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }
}
