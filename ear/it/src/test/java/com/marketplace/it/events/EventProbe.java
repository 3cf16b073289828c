package com.marketplace.it.events;

import com.marketplace.it.probe.ProbeApplication;
import com.marketplace.it.probe.ProbeAuthentication;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The test-only web module {@code events.war}: the topic subscriber and the JMS sender. */
public final class EventProbe {

  private EventProbe() {}

  public static WebArchive war() {
    return ShrinkWrap.create(WebArchive.class, "events.war")
        .addClasses(
            ProbeApplication.class,
            ProbeAuthentication.class,
            EventRecorder.class,
            EnrollmentEventsListener.class,
            EventProbeResource.class)
        .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
  }
}
