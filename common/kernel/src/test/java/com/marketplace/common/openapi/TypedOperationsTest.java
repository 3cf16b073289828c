package com.marketplace.common.openapi;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.junit.jupiter.api.Test;

/** Operation ids, media types and typed success envelopes: what a client generator needs. */
class TypedOperationsTest {

  record Widget(UUID id, String name) {}

  record NewWidget(@NotNull String name) {}

  static class WidgetQuery {
    @QueryParam("colour")
    String colour;
  }

  @Produces(MediaType.APPLICATION_JSON)
  static class WidgetResource {
    @Operation(operationId = "createWidget")
    @Answers(value = "widget", type = Widget.class, status = 201)
    public Response create(@NotNull NewWidget body) {
      return null;
    }

    @Operation(operationId = "listWidgets")
    @Answers(value = "widgets", type = Widget.class, list = true)
    public Response list(@BeanParam WidgetQuery query) {
      return null;
    }

    @Consumes({"text/calendar", MediaType.TEXT_PLAIN})
    @Answers(value = "widget", type = Widget.class, status = 201)
    public Response upload(@PathParam("id") UUID id, InputStream calendar) {
      return null;
    }

    @Produces("text/calendar")
    public Response feed(@PathParam("id") UUID id) {
      return null;
    }
  }

  private final JsonObject document =
      OpenApiDocument.build(
          "widgets",
          "1",
          List.of("tutorhub"),
          List.of(
              route("POST", "v1/widgets", "create", NewWidget.class),
              route("GET", "v1/widgets", "list", WidgetQuery.class),
              route("POST", "v1/widgets/{id}/upload", "upload", UUID.class, InputStream.class),
              route("GET", "v1/widgets/{id}/feed.ics", "feed", UUID.class)));

  @Test
  void theDeclaredOperationIdWinsAndAnUndeclaredOneIsTheMethodsNameUnnumbered() {
    assertThat(operation("/v1/widgets", "post").getString("operationId"), equalTo("createWidget"));
    assertThat(operation("/v1/widgets", "get").getString("operationId"), equalTo("listWidgets"));
    assertThat(
        operation("/v1/widgets/{id}/upload", "post").getString("operationId"), equalTo("upload"));
    assertThat(operation("/v1/widgets", "post").getString("summary"), equalTo("Create widget"));
  }

  @Test
  void aRouteAnswersTheSuccessEnvelopeWithItsDataTypedUnderItsDataName() {
    JsonObject created = success(operation("/v1/widgets", "post"), "201", "application/json");
    JsonObject data = created.getJsonArray("allOf").getJsonObject(1);

    assertThat(
        created.getJsonArray("allOf").getJsonObject(0).getString("$ref"),
        equalTo("#/components/schemas/SuccessEnvelope"));
    assertThat(strings(data, "required"), contains("widget"));
    assertThat(
        data.getJsonObject("properties").getJsonObject("widget").getString("$ref"),
        equalTo("#/components/schemas/Widget"));
  }

  @Test
  void aListAnswersAnArrayOfItsType() {
    JsonObject listed = success(operation("/v1/widgets", "get"), "200", "application/json");
    JsonObject widgets =
        listed
            .getJsonArray("allOf")
            .getJsonObject(1)
            .getJsonObject("properties")
            .getJsonObject("widgets");

    assertThat(widgets.getString("type"), equalTo("array"));
    assertThat(
        widgets.getJsonObject("items").getString("$ref"), equalTo("#/components/schemas/Widget"));
  }

  @Test
  void aBeanParamIsItsQueryParametersNotABody() {
    JsonObject list = operation("/v1/widgets", "get");

    assertThat(list, not(hasKey("requestBody")));
    assertThat(
        list.getJsonArray("parameters").getJsonObject(0).getString("name"), equalTo("colour"));
    assertThat(list.getJsonArray("parameters").getJsonObject(0).getString("in"), equalTo("query"));
  }

  @Test
  void anUploadIsDeclaredInTheMediaTypesTheRouteConsumesAsText() {
    JsonObject body = operation("/v1/widgets/{id}/upload", "post").getJsonObject("requestBody");

    assertThat(
        body.getJsonObject("content").keySet(), containsInAnyOrder("text/calendar", "text/plain"));
    assertThat(
        body.getJsonObject("content")
            .getJsonObject("text/calendar")
            .getJsonObject("schema")
            .getString("type"),
        equalTo("string"));
    assertThat(body.getBoolean("required"), is(true));
  }

  @Test
  void aJsonBodyIsRequiredOnlyWhenNotNull() {
    assertThat(
        operation("/v1/widgets", "post").getJsonObject("requestBody").getBoolean("required"),
        is(true));
  }

  @Test
  void aCalendarFeedAnswersTextCalendar() {
    JsonObject feed =
        success(operation("/v1/widgets/{id}/feed.ics", "get"), "200", "text/calendar");

    assertThat(feed.getString("type"), equalTo("string"));
  }

  private JsonObject operation(String path, String method) {
    return document.getJsonObject("paths").getJsonObject(path).getJsonObject(method);
  }

  private static JsonObject success(JsonObject operation, String status, String mediaType) {
    return operation
        .getJsonObject("responses")
        .getJsonObject(status)
        .getJsonObject("content")
        .getJsonObject(mediaType)
        .getJsonObject("schema");
  }

  private static List<String> strings(JsonObject object, String key) {
    return object.getJsonArray(key).getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }

  private static Route route(String method, String path, String name, Class<?>... parameters) {
    try {
      return new Route(method, path, WidgetResource.class.getMethod(name, parameters));
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }
}
