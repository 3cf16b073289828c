package com.marketplace.it.support;

import java.util.Map;
import java.util.TreeMap;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.asset.ArchiveAsset;

/**
 * Keeps the EAR deployed from one test class to the next when the next class asks for the same
 * archive, and undeploys it only when a class asks for a different one or the server stops.
 *
 * <p>Arquillian deploys per test class. Deploying the EAR takes ~10 s here, and Payara keeps part
 * of every undeployed copy reachable, so ~45 classes each deploying their own copy cost minutes and
 * grew the heap. {@link ByDeployment} runs the classes that share an archive one after the other,
 * so each distinct archive is deployed once.
 */
public final class DeployOnce implements LoadableExtension {

  @Override
  public void register(ExtensionBuilder builder) {
    builder.observer(Deployed.class);
  }

  /** What the server runs now, as far as this run's classes asked for it. */
  public static final class Deployed {

    private DeployableContainer<?> container;
    private Archive<?> archive;
    private String signature;

    public void deploy(@Observes EventContext<DeployDeployment> context)
        throws DeploymentException {
      DeployDeployment event = context.getEvent();
      Archive<?> wanted = event.getDeployment().getDescription().getArchive();
      String wantedSignature = signature(wanted);
      if (wantedSignature.equals(signature)) {
        return;
      }
      undeploy();
      context.proceed();
      container = event.getDeployableContainer();
      archive = wanted;
      signature = wantedSignature;
    }

    /** Left deployed: the next class may ask for the same archive. */
    public void keep(@Observes EventContext<UnDeployDeployment> context) {}

    public void undeployBeforeTheServerStops(@Observes BeforeStop event)
        throws DeploymentException {
      undeploy();
    }

    private void undeploy() throws DeploymentException {
      if (archive != null) {
        Archive<?> deployed = archive;
        archive = null;
        signature = null;
        container.undeploy(deployed);
      }
    }
  }

  /**
   * The archive's name and every path in it, nested modules included: two archives with the same
   * signature were built by the same code from the same EAR file.
   */
  static String signature(Archive<?> archive) {
    StringBuilder out = new StringBuilder(archive.getName());
    Map<ArchivePath, Node> content = new TreeMap<>(archive.getContent());
    content.forEach(
        (path, node) -> {
          out.append('\n').append(path.get());
          if (node.getAsset() instanceof ArchiveAsset nested) {
            out.append(" {").append(signature(nested.getArchive())).append('}');
          }
        });
    return out.toString();
  }
}
