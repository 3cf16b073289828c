package com.marketplace.enrollment.api;

import com.marketplace.common.web.KernelResources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/** The enrollment module's REST API, served under the context root {@code /enrollment}. */
@ApplicationPath("")
@ApplicationScoped
public class EnrollmentApi extends Application {

  @Override
  public Map<String, Object> getProperties() {
    return KernelResources.properties(EnrollmentAuthentication.PROJECTS);
  }
}
