package com.marketplace.booking.api;

import com.marketplace.common.web.KernelResources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/** The booking module's REST API, served under the context root {@code /booking}. */
@ApplicationPath("")
@ApplicationScoped
public class BookingApi extends Application {

  @Override
  public Map<String, Object> getProperties() {
    return KernelResources.properties(BookingAuthentication.PROJECTS);
  }
}
