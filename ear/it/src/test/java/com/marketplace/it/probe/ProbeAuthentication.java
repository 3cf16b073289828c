package com.marketplace.it.probe;

import com.marketplace.common.security.TokenAuthenticationMechanism;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Once one web module of an EAR has an authentication mechanism, Payara installs one in every web
 * module, which then needs a bean of its own: so does this probe.
 */
@ApplicationScoped
public class ProbeAuthentication extends TokenAuthenticationMechanism {

  public ProbeAuthentication() {
    super("probe");
  }
}
