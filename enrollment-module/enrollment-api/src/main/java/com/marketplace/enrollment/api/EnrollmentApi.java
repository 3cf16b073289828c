package com.marketplace.enrollment.api;

import com.marketplace.common.web.KernelResources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;

/** The enrollment module's REST API, served under the context root {@code /enrollment}. */
@ApplicationPath("")
@ApplicationScoped
public class EnrollmentApi extends Application {

  @Override
  public Map<String, Object> getProperties() {
    return KernelResources.properties(EnrollmentAuthentication.PROJECTS);
  }

  /**
   * The module's resources and providers, named rather than scanned: in the one-WAR build for
   * Payara Micro every module's classes share one web module, and a scan would serve them all under
   * each module's path (docs/payara-micro.md). ModuleApplicationsTest keeps the list complete.
   */
  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(
        EnrollmentAdminResource.class,
        EnrollmentPaymentCustomerResource.class,
        EnrollmentPaymentFlowResource.class,
        EnrollmentPaymentResource.class,
        EnrollmentResource.class,
        ReferenceDataResource.class,
        RefundRequestResource.class);
  }
}
