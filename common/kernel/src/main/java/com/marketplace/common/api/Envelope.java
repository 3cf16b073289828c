package com.marketplace.common.api;

import com.marketplace.common.security.Caller;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The spec's success envelope: request metadata, then the data under its {@code dataName}, and for
 * lists the paging, filters and UI permissions. Field order follows the spec.
 */
public final class Envelope {

  /** Build metadata of the EAR's kernel jar; "dev" when run from classes. */
  public static final String APP_VERSION =
      Envelope.class.getPackage().getImplementationVersion() != null
          ? Envelope.class.getPackage().getImplementationVersion()
          : "dev";

  private Envelope() {}

  /** One record (or a brief object) under {@code dataName}. */
  public static Map<String, Object> single(
      RequestContext request, int statusCode, String dataName, String action, Object data) {
    Map<String, Object> body =
        metadata(request, statusCode, dataName, action, data == null ? 0 : 1);
    body.put(dataName, data);
    return body;
  }

  /** A page of records under {@code dataName}, with paging and the filters that were applied. */
  public static Map<String, Object> list(
      RequestContext request, String dataName, Page<?> page, List<Filter> filters) {
    Map<String, Object> body = metadata(request, 200, dataName, "list", page.rows().size());
    body.put(dataName, page.rows());
    body.put("paging", page.paging());
    body.put("filters", filters);
    body.put("uiPermissions", List.of());
    return body;
  }

  private static Map<String, Object> metadata(
      RequestContext request, int statusCode, String dataName, String action, int rowCount) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", "OK");
    body.put("statusCode", statusCode);
    body.put("elapsedMs", request.elapsedMillis());
    body.put("ssoTime", request.ssoMillis());
    body.put("source", "db");
    body.put("cacheKey", request.cacheKey());
    body.put("userId", request.caller().map(Caller::userId).orElse(null));
    body.put("sessionId", request.caller().map(Caller::sessionId).orElse(null));
    body.put("requestId", request.requestId());
    body.put("dataName", dataName);
    body.put("method", request.method());
    body.put("action", action);
    body.put("appVersion", APP_VERSION);
    body.put("rowCount", rowCount);
    return body;
  }

  /** A filter a list applied, echoed back to the client. */
  public record Filter(String name, Object value) {}
}
