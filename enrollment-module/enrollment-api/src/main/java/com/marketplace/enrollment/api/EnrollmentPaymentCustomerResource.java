package com.marketplace.enrollment.api;

import com.marketplace.common.openapi.Answers;
import com.marketplace.payments.application.PaymentCustomerView;
import com.marketplace.payments.application.PaymentMethodView;
import com.marketplace.payments.web.CustomerQuery;
import com.marketplace.payments.web.PaymentCustomerRoutes;
import com.marketplace.payments.web.PaymentMethodQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The spec's payment-customer routes in the enrollment module's API (owner or admin). */
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class EnrollmentPaymentCustomerResource {

  @Inject PaymentCustomerRoutes customers;

  @GET
  @Path("paymentcustomers/{userId}")
  @Operation(operationId = "getPaymentCustomerByUserId")
  @Answers(value = "sys_paymentCustomer", type = PaymentCustomerView.class)
  public Response get(@PathParam("userId") UUID userId) {
    return customers.get(userId);
  }

  @GET
  @Path("paymentcustomers")
  @Operation(operationId = "listPaymentCustomers")
  @Answers(value = "sys_paymentCustomers", type = PaymentCustomerView.class, list = true)
  public Response list(@BeanParam CustomerQuery query) {
    return customers.list(query);
  }

  @GET
  @Path("paymentcustomermethods/{userId}")
  @Operation(operationId = "listPaymentCustomerMethods")
  @Answers(value = "sys_paymentMethods", type = PaymentMethodView.class, list = true)
  public Response methods(@PathParam("userId") UUID userId, @BeanParam PaymentMethodQuery query) {
    return customers.methods(userId, query);
  }
}
