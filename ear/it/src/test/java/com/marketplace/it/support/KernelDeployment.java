package com.marketplace.it.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** Tests of what the kernel offers every module: the plain EAR is all they need. */
@PlatformTest
public abstract class KernelDeployment {

  @Deployment(testable = false)
  public static EnterpriseArchive deployment() {
    return Platform.ear();
  }
}
