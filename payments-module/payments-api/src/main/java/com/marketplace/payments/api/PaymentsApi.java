package com.marketplace.payments.api;

import com.marketplace.common.web.KernelResources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/** The payments module's REST API, served under the context root {@code /payments}. */
@ApplicationPath("")
@ApplicationScoped
public class PaymentsApi extends Application {

  @Override
  public Map<String, Object> getProperties() {
    return KernelResources.properties(PaymentsAuthentication.PROJECTS);
  }
}
