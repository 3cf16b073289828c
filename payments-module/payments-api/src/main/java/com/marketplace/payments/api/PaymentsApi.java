package com.marketplace.payments.api;

import com.marketplace.common.web.KernelResources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;

/** The payments module's REST API, served under the context root {@code /payments}. */
@ApplicationPath("")
@ApplicationScoped
public class PaymentsApi extends Application {

  @Override
  public Map<String, Object> getProperties() {
    return KernelResources.properties(PaymentsAuthentication.PROJECTS);
  }

  /**
   * The module's resources and providers, named rather than scanned: in the one-WAR build for
   * Payara Micro every module's classes share one web module, and a scan would serve them all under
   * each module's path (docs/payara-micro.md). ModuleApplicationsTest keeps the list complete.
   */
  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(ReconciliationResource.class, StripeWebhookResource.class);
  }
}
