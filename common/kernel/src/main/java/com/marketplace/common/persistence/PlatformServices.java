package com.marketplace.common.persistence;

import com.marketplace.common.audit.AuditTrail;
import com.marketplace.common.idempotency.IdempotencyStore;
import com.marketplace.common.jobs.ClusterJobs;
import com.marketplace.common.messaging.InboundMessages;
import com.marketplace.common.permissions.PermissionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.concurrent.ConcurrentHashMap;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Makes the platform module's services injectable in the kernel and every module.
 *
 * <p>In an EAR, CDI lets a module see the beans of {@code lib/}, not the other way round: the
 * kernel (in {@code lib/}) cannot inject the platform EJBs by type. It looks them up by their
 * portable JNDI names instead ({@code java:app/<module>/<bean>!<interface>}); the EJBs themselves
 * are {@code @Typed} out of CDI resolution, so these producers are the only candidates.
 */
@ApplicationScoped
public class PlatformServices {

  private static final String MODULE = "java:app/platform-ejb/";

  /**
   * The references found, by bean: the producers are dependent-scoped, so without this every
   * request-scoped resource paid a JNDI lookup per injection (docs/benchmark.md). A local reference
   * to a stateless or singleton EJB may be shared by every thread.
   */
  private final ConcurrentHashMap<String, Object> found = new ConcurrentHashMap<>();

  @Produces
  AuditTrail auditTrail() {
    return lookup("JpaAuditTrail", AuditTrail.class);
  }

  @Produces
  PermissionService permissionService() {
    return lookup("StoredPermissions", PermissionService.class);
  }

  @Produces
  IdempotencyStore idempotencyStore() {
    return lookup("SqlIdempotencyStore", IdempotencyStore.class);
  }

  @Produces
  ClusterJobs clusterJobs() {
    return lookup("SqlClusterJobs", ClusterJobs.class);
  }

  @Produces
  InboundMessages inboundMessages() {
    return lookup("SqlInboundMessages", InboundMessages.class);
  }

  private <T> T lookup(String bean, Class<T> view) {
    return view.cast(found.computeIfAbsent(bean, b -> lookupNow(b, view)));
  }

  private static <T> T lookupNow(String bean, Class<T> view) {
    String name = MODULE + bean + "!" + view.getName();
    try {
      return view.cast(new InitialContext().lookup(name));
    } catch (NamingException e) {
      throw new IllegalStateException("Platform service " + name + " is not deployed", e);
    }
  }
}
