package com.marketplace.payments.api;

import com.marketplace.common.api.RequestContext;
import com.marketplace.common.openapi.Answers;
import com.marketplace.common.security.AllowedRoles;
import com.marketplace.common.security.Caller;
import com.marketplace.common.web.Responses;
import com.marketplace.payments.application.internal.Reconciliation;
import com.marketplace.payments.application.internal.ReconciliationReport;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code POST /payments/v1/admin/reconciliation}: an admin compares their tenant's payments at
 * Stripe with what the platform records, has the differences repaired, and reads the report.
 */
@Path("v1/admin/reconciliation")
@AllowedRoles(Caller.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class ReconciliationResource {

  @Inject RequestContext request;
  @Inject Responses responses;
  @EJB Reconciliation reconciliation;

  @POST
  @Operation(operationId = "runReconciliation")
  @Answers(value = "reconciliation", type = ReconciliationReport.class)
  public Response run() {
    return responses.ok(
        "reconciliation",
        "create",
        reconciliation.run(Optional.of(request.requireCaller().tenantId())));
  }
}
