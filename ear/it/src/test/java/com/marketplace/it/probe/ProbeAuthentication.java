package com.marketplace.it.probe;

import com.marketplace.common.security.TokenAuthenticationMechanism;
import com.marketplace.common.web.TokenAuthenticationFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.annotation.WebFilter;

/**
 * A probe web module's token authentication, as each module of the EAR has its own, for a probe
 * with a JAX-RS application (the kernel's access policy applies there too); a probe WAR has no
 * {@code web.xml}, so the nested {@link Filter} (added with this class) registers the kernel's
 * filter by annotation.
 */
@ApplicationScoped
public class ProbeAuthentication extends TokenAuthenticationMechanism {

  public ProbeAuthentication() {
    super("probe");
  }

  /** The kernel's token filter in front of the probe's JAX-RS application. */
  @WebFilter("/*")
  public static class Filter extends TokenAuthenticationFilter {}
}
