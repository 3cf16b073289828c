package com.marketplace.booking.api;

import com.marketplace.booking.application.calendar.CalendarFeeds;
import com.marketplace.booking.application.calendar.CalendarFetches;
import com.marketplace.booking.application.calendar.CalendarImports;
import com.marketplace.booking.application.calendar.CalendarLimits;
import com.marketplace.booking.application.calendar.ImportSourceView;
import com.marketplace.common.api.RequestContext;
import com.marketplace.common.openapi.Answers;
import com.marketplace.common.security.PublicRoute;
import com.marketplace.common.web.Responses;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * iCal: a listing's export feed (public, behind its secret token), a reservation's .ics (its {@code
 * iCalExportUrl}), and a listing's imported calendars (its host or an admin).
 */
@Path("v1")
@ApplicationScoped
public class CalendarResource {

  static final String CALENDAR = "text/calendar";

  @Inject RequestContext request;
  @Inject Responses responses;
  @EJB CalendarFeeds feeds;
  @EJB CalendarImports imports;
  @EJB CalendarFetches fetches;

  /** A calendar to import by URL. */
  public record UrlSource(@NotBlank @Size(max = 2048) String url) {}

  @GET
  @PublicRoute
  @Path("listings/{listingId}/calendar.ics")
  @Produces(CALENDAR)
  @Operation(operationId = "getListingCalendarFeed")
  public Response listingFeed(
      @PathParam("listingId") UUID listingId, @QueryParam("token") String token) {
    return calendar(feeds.listingFeed(listingId, token), "listing-" + listingId);
  }

  @POST
  @Path("listings/{listingId}/icalimports")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "createIcalImport")
  @Answers(value = "iCalImportSource", type = ImportSourceView.class, status = 201)
  public Response addUrl(@PathParam("listingId") UUID listingId, @NotNull @Valid UrlSource body) {
    return responses.created(
        "iCalImportSource", fetches.addUrl(request.requireCaller(), listingId, body.url()));
  }

  @POST
  @Path("listings/{listingId}/icalimports/upload")
  @Consumes({CALENDAR, MediaType.TEXT_PLAIN})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "uploadIcalImport")
  @Answers(value = "iCalImportSource", type = ImportSourceView.class, status = 201)
  public Response upload(
      @PathParam("listingId") UUID listingId, @Context HttpHeaders headers, InputStream calendar) {
    String text = CalendarLimits.uploaded(calendar, headers.getLength());
    return responses.created(
        "iCalImportSource", imports.upload(request.requireCaller(), listingId, text));
  }

  @GET
  @Path("listings/{listingId}/icalimports")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "listIcalImports")
  @Answers(value = "iCalImportSources", type = ImportSourceView.class, list = true)
  public Response sources(@PathParam("listingId") UUID listingId) {
    return responses.ok(
        "iCalImportSources", "list", imports.of(request.requireCaller(), listingId));
  }

  @POST
  @Path("icalimports/{sourceId}/sync")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "syncIcalImport")
  @Answers(value = "iCalImportSource", type = ImportSourceView.class)
  public Response sync(@PathParam("sourceId") UUID sourceId) {
    return responses.ok(
        "iCalImportSource", "update", fetches.resync(request.requireCaller(), sourceId));
  }

  @DELETE
  @Path("icalimports/{sourceId}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "deleteIcalImport")
  @Answers(value = "iCalImportSource", type = ImportSourceView.class)
  public Response remove(@PathParam("sourceId") UUID sourceId) {
    return responses.ok(
        "iCalImportSource", "delete", imports.remove(request.requireCaller(), sourceId));
  }

  static Response calendar(String body, String name) {
    return Response.ok(body, CALENDAR + ";charset=utf-8")
        .header("Content-Disposition", "inline; filename=\"" + name + ".ics\"")
        .build();
  }
}
