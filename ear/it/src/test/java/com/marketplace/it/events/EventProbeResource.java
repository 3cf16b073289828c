package com.marketplace.it.events;

import com.marketplace.common.messaging.JmsConnections;
import com.marketplace.common.security.PublicRoute;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** What the test consumer received, and a way to play an upstream service sending a message. */
@Path("")
@PublicRoute
public class EventProbeResource {

  @EJB EventRecorder recorder;

  @Inject
  @JMSConnectionFactory(JmsConnections.FACTORY)
  JMSContext jms;

  @GET
  @Path("received")
  @Produces(MediaType.APPLICATION_JSON)
  public List<String> received() {
    return recorder.received();
  }

  /** Sends the body as a text message to the enrollment module's reference-data queue. */
  @POST
  @Path("referencedata")
  @Consumes(MediaType.APPLICATION_JSON)
  public void send(String json) {
    jms.createProducer().send(jms.createQueue("enrollmentReferenceData"), json);
  }
}
