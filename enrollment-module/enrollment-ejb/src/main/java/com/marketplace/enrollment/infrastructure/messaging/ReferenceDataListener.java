package com.marketplace.enrollment.infrastructure.messaging;

import com.marketplace.common.messaging.DeadMessages;
import com.marketplace.common.messaging.InboundMessagePolicy;
import com.marketplace.common.messaging.InboundMessages;
import com.marketplace.common.messaging.JmsConnections;
import com.marketplace.common.messaging.RefusedMessage;
import com.marketplace.common.tracing.TracedMessages;
import com.marketplace.enrollment.application.reference.ReferenceData;
import com.marketplace.enrollment.application.reference.ReferenceRecords.CoursePackData;
import com.marketplace.enrollment.application.reference.ReferenceRecords.LessonSlotData;
import com.marketplace.enrollment.application.reference.ReferenceRecords.ScreeningData;
import com.marketplace.enrollment.application.reference.ReferenceRecords.TutorProfileData;
import com.marketplace.enrollment.application.reference.ReferenceRecords.UserProfileData;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.jms.JMSDestinationDefinition;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.UUID;

/**
 * Upstream services' reference data, from the queue {@value #QUEUE}: JSON text messages
 *
 * <pre>{@code
 * {"messageId": "…", "tenantId": "…", "kind": "tutorProfile|coursePack|lessonSlot|userProfile|
 *  preliminaryScreening", "id": "<record id; the user id for userProfile>", "data": {…}}
 * }</pre>
 *
 * with {@code data} as the matching admin route takes it (docs/messaging.md). Read by the same
 * policy as the REST routes ({@link InboundMessagePolicy}); a message it refuses, or of an unknown
 * kind, goes to the dead message queue with the reason ({@link DeadMessages}). Idempotent by {@code
 * messageId}: a redelivered message is acknowledged without effect. A message the application
 * refuses or that fails rolls back and is redelivered, up to the broker's limit, then goes to the
 * dead message queue.
 */
@JMSDestinationDefinition(
    name = ReferenceDataListener.QUEUE_JNDI,
    interfaceName = "jakarta.jms.Queue",
    destinationName = ReferenceDataListener.QUEUE)
// named apart from booking's listener: both are in one EJB module on Payara Micro
@MessageDriven(
    name = "EnrollmentReferenceDataListener",
    activationConfig = {
      @ActivationConfigProperty(propertyName = "userName", propertyValue = JmsConnections.USER),
      @ActivationConfigProperty(propertyName = "password", propertyValue = JmsConnections.PASSWORD),
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = ReferenceDataListener.QUEUE_JNDI),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue")
    })
@Interceptors(TracedMessages.class)
public class ReferenceDataListener implements MessageListener {

  public static final String QUEUE = "enrollmentReferenceData";
  static final String QUEUE_JNDI = "java:app/jms/enrollmentReferenceData";

  /** The kinds an integration may send, and the payload each one's {@code data} holds. */
  static final Map<String, Class<?>> KINDS =
      Map.of(
          "tutorProfile", TutorProfileData.class,
          "coursePack", CoursePackData.class,
          "lessonSlot", LessonSlotData.class,
          "userProfile", UserProfileData.class,
          "preliminaryScreening", ScreeningData.class);

  @EJB ReferenceData referenceData;
  @Inject InboundMessages inbound;
  @Inject InboundMessagePolicy policy;
  @Inject DeadMessages deadMessages;

  /** A message that passed the policy. */
  record Upsert(String messageId, UUID tenantId, String kind, UUID id, Object data) {}

  @Override
  public void onMessage(Message message) {
    Upsert upsert;
    try {
      upsert = read(message);
    } catch (RefusedMessage e) {
      deadMessages.refuse(QUEUE, message, e.getMessage());
      return;
    }
    if (inbound.firstDelivery(QUEUE, upsert.messageId())) {
      apply(upsert);
    }
  }

  Upsert read(Message message) throws RefusedMessage {
    JsonObject json = policy.read(message);
    String kind = policy.text(json, "kind", InboundMessagePolicy.MAX_ID_LENGTH);
    Class<?> payload = KINDS.get(kind);
    if (payload == null) {
      throw new RefusedMessage("unknown kind; expected one of " + KINDS.keySet());
    }
    return new Upsert(
        policy.text(json, "messageId", InboundMessagePolicy.MAX_ID_LENGTH),
        policy.uuid(json, "tenantId"),
        kind,
        policy.uuid(json, "id"),
        policy.payload(json, "data", payload));
  }

  private void apply(Upsert upsert) {
    UUID tenant = upsert.tenantId();
    UUID id = upsert.id();
    Object data = upsert.data();
    switch (upsert.kind()) {
      case "tutorProfile" -> referenceData.tutorProfile(tenant, id, (TutorProfileData) data);
      case "coursePack" -> referenceData.coursePack(tenant, id, (CoursePackData) data);
      case "lessonSlot" -> referenceData.lessonSlot(tenant, id, (LessonSlotData) data);
      case "userProfile" -> referenceData.userProfile(tenant, id, (UserProfileData) data);
      case "preliminaryScreening" -> referenceData.screening(tenant, (ScreeningData) data);
      default -> throw new IllegalStateException("No handler for kind " + upsert.kind());
    }
  }
}
