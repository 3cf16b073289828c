package com.marketplace.enrollment.infrastructure.messaging;

import com.marketplace.common.logging.ContextLoggers;
import com.marketplace.common.messaging.InboundMessages;
import com.marketplace.enrollment.application.ReferenceData;
import com.marketplace.enrollment.application.ReferenceRecords;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSDestinationDefinition;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Upstream services' reference data, from the queue {@value #QUEUE}: JSON text messages
 *
 * <pre>{@code
 * {"messageId": "…", "tenantId": "…", "kind": "tutorProfile|coursePack|lessonSlot|userProfile|
 *  preliminaryScreening", "id": "<record id; the user id for userProfile>", "data": {…}}
 * }</pre>
 *
 * with {@code data} as the matching admin route takes it. Idempotent by {@code messageId}: a
 * redelivered message is acknowledged without effect. A message that fails rolls back and is
 * redelivered, up to the broker's limit, then goes to its dead message queue.
 */
@JMSDestinationDefinition(
    name = ReferenceDataListener.QUEUE_JNDI,
    interfaceName = "jakarta.jms.Queue",
    destinationName = ReferenceDataListener.QUEUE)
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = ReferenceDataListener.QUEUE_JNDI),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue")
    })
public class ReferenceDataListener implements MessageListener {

  public static final String QUEUE = "enrollmentReferenceData";
  static final String QUEUE_JNDI = "java:app/jms/enrollmentReferenceData";
  private static final Logger LOG = ContextLoggers.of(ReferenceDataListener.class);
  private static final Jsonb JSON = JsonbBuilder.create();

  @EJB ReferenceData referenceData;
  @Inject InboundMessages inbound;

  @Override
  public void onMessage(Message message) {
    JsonObject json;
    try (JsonReader reader = Json.createReader(new StringReader(message.getBody(String.class)))) {
      json = reader.readObject();
    } catch (JMSException | RuntimeException e) {
      LOG.warning("Dropped a reference-data message that is not a JSON object: " + e);
      return;
    }
    if (!inbound.firstDelivery(QUEUE, json.getString("messageId"))) {
      return;
    }
    UUID tenant = UUID.fromString(json.getString("tenantId"));
    UUID id = UUID.fromString(json.getString("id"));
    String data = json.getJsonObject("data").toString();
    switch (json.getString("kind")) {
      case "tutorProfile" ->
          referenceData.tutorProfile(
              tenant, id, JSON.fromJson(data, ReferenceRecords.TutorProfileData.class));
      case "coursePack" ->
          referenceData.coursePack(
              tenant, id, JSON.fromJson(data, ReferenceRecords.CoursePackData.class));
      case "lessonSlot" ->
          referenceData.lessonSlot(
              tenant, id, JSON.fromJson(data, ReferenceRecords.LessonSlotData.class));
      case "userProfile" ->
          referenceData.userProfile(
              tenant, id, JSON.fromJson(data, ReferenceRecords.UserProfileData.class));
      case "preliminaryScreening" ->
          referenceData.screening(
              tenant, JSON.fromJson(data, ReferenceRecords.ScreeningData.class));
      default -> throw new IllegalArgumentException("Unknown kind " + json.getString("kind"));
    }
  }
}
