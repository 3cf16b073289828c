package com.marketplace.common.web;

import com.marketplace.common.api.Envelope;
import com.marketplace.common.api.Page;
import com.marketplace.common.api.RequestContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** Builds the spec's success responses for the current request. */
@RequestScoped
public class Responses {

  @Inject RequestContext request;

  /** 200 with one record, e.g. {@code ok("enrollment", "get", dto)}. */
  public Response ok(String dataName, String action, Object data) {
    return json(200, Envelope.single(request, 200, dataName, action, data));
  }

  /**
   * 200 with one record and, beside it, another top-level object (e.g. a payment route's {@code
   * paymentResult}).
   */
  public Response ok(
      String dataName, String action, Object data, String alongsideName, Object alongside) {
    Map<String, Object> body = Envelope.single(request, 200, dataName, action, data);
    body.put(alongsideName, alongside);
    return json(200, body);
  }

  /** 201 with the created record. */
  public Response created(String dataName, Object data) {
    return json(201, Envelope.single(request, 201, dataName, "create", data));
  }

  /** 200 with a page of records. */
  public Response list(String dataName, Page<?> page, List<Envelope.Filter> filters) {
    return json(200, Envelope.list(request, dataName, page, filters));
  }

  private static Response json(int status, Object body) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }
}
