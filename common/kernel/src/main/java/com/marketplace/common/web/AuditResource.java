package com.marketplace.common.web;

import com.marketplace.common.api.Envelope;
import com.marketplace.common.api.RequestContext;
import com.marketplace.common.audit.AuditEvent;
import com.marketplace.common.audit.AuditQuery;
import com.marketplace.common.audit.AuditTrail;
import com.marketplace.common.openapi.Answers;
import com.marketplace.common.security.AllowedRoles;
import com.marketplace.common.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Admins read their tenant's audit trail, newest first, with filters and paging. */
@Path("v1/audit")
@AllowedRoles(Caller.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class AuditResource {

  @Inject RequestContext request;
  @Inject Responses responses;
  @Inject AuditTrail trail;

  @GET
  @Operation(operationId = "listAuditEvents")
  @Answers(value = "auditEvents", type = AuditEvent.class, list = true)
  public Response list(
      @QueryParam("objectType") String objectType,
      @QueryParam("objectId") String objectId,
      @QueryParam("actorId") String actorId,
      @QueryParam("field") String field,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    AuditQuery query =
        new AuditQuery(
            blankToNull(objectType),
            QueryValues.uuid("objectId", objectId),
            QueryValues.uuid("actorId", actorId),
            blankToNull(field),
            QueryValues.instant("from", from),
            QueryValues.instant("to", to));
    Caller admin = request.requireCaller();
    return responses.list(
        "auditEvents",
        trail.find(admin.tenantId(), query, request.parameters().page()),
        filters(query));
  }

  private static List<Envelope.Filter> filters(AuditQuery query) {
    List<Envelope.Filter> filters = new ArrayList<>();
    add(filters, "objectType", query.objectType());
    add(filters, "objectId", query.objectId());
    add(filters, "actorId", query.actorId());
    add(filters, "field", query.field());
    add(filters, "from", query.from());
    add(filters, "to", query.to());
    return filters;
  }

  private static void add(List<Envelope.Filter> filters, String name, Object value) {
    if (value != null) {
      filters.add(new Envelope.Filter(name, value));
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
