package com.marketplace.booking.infrastructure.messaging;

import com.marketplace.booking.application.listing.ListingUpsert;
import com.marketplace.booking.application.listing.ReferenceData;
import com.marketplace.booking.application.listing.UserProfileChange;
import com.marketplace.common.error.ApiException;
import com.marketplace.common.logging.ContextLoggers;
import com.marketplace.common.messaging.DeadMessages;
import com.marketplace.common.messaging.InboundMessagePolicy;
import com.marketplace.common.messaging.InboundMessages;
import com.marketplace.common.messaging.JmsConnections;
import com.marketplace.common.messaging.RefusedMessage;
import com.marketplace.common.tracing.TracedMessages;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.jms.JMSDestinationDefinition;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.json.JsonObject;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reference data pushed by the listing and user services on the queue {@value #QUEUE}: one JSON
 * text message per upsert,
 *
 * <pre>{@code
 * {"type": "listing", "tenantId": "...", "id": "<listing id>", "listing": {...as PUT /v1/listings/:id}}
 * {"type": "userProfile", "tenantId": "...", "id": "<user id>",
 *  "userProfile": {"fullname": "...", "email": "...", "avatar": "..."}}
 * }</pre>
 *
 * (docs/messaging.md). Read by the same policy as the REST routes ({@link InboundMessagePolicy}); a
 * message it refuses, or of an unknown type, goes to the dead message queue with the reason ({@link
 * DeadMessages}). Each message is applied once (by its JMS property {@code messageId}, else its JMS
 * message id), in the transaction that records it; one the application refuses rolls back and is
 * redelivered, up to the broker's limit, then goes to the dead message queue.
 */
@JMSDestinationDefinition(
    name = ReferenceDataListener.LOOKUP,
    interfaceName = "jakarta.jms.Queue",
    destinationName = ReferenceDataListener.QUEUE)
// named apart from enrollment's listener: both are in one EJB module on Payara Micro
@MessageDriven(
    name = "BookingReferenceDataListener",
    activationConfig = {
      @ActivationConfigProperty(propertyName = "userName", propertyValue = JmsConnections.USER),
      @ActivationConfigProperty(propertyName = "password", propertyValue = JmsConnections.PASSWORD),
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = ReferenceDataListener.LOOKUP),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue")
    })
@Interceptors(TracedMessages.class)
public class ReferenceDataListener implements MessageListener {

  public static final String QUEUE = "bookingReferenceData";
  public static final String LOOKUP = "java:app/jms/bookingReferenceData";
  static final String CONSUMER = "booking.referenceData";

  private static final Logger LOG = ContextLoggers.of(ReferenceDataListener.class);

  @EJB ReferenceData referenceData;
  @Inject InboundMessages inbound;
  @Inject InboundMessagePolicy policy;
  @Inject DeadMessages deadMessages;

  /** A message that passed the policy: {@code payload} is the type's record. */
  record Upsert(String messageId, String type, UUID tenantId, UUID id, Object payload) {}

  @Override
  public void onMessage(Message message) {
    Upsert upsert;
    try {
      upsert = read(message);
    } catch (RefusedMessage e) {
      deadMessages.refuse(CONSUMER, message, e.getMessage());
      return;
    }
    if (!inbound.firstDelivery(CONSUMER, upsert.messageId())) {
      return;
    }
    try {
      apply(upsert);
    } catch (ApiException e) {
      LOG.log(
          Level.WARNING,
          "Refused reference-data message " + upsert.messageId() + ": " + e.detail());
      throw e;
    }
  }

  Upsert read(Message message) throws RefusedMessage {
    JsonObject json = policy.read(message);
    String type = policy.text(json, "type", InboundMessagePolicy.MAX_ID_LENGTH);
    Object payload =
        switch (type) {
          case "listing" -> policy.payload(json, "listing", ListingUpsert.class);
          case "userProfile" -> policy.payload(json, "userProfile", UserProfileChange.class);
          default -> throw new RefusedMessage("unknown type; expected listing or userProfile");
        };
    return new Upsert(
        messageId(message), type, policy.uuid(json, "tenantId"), policy.uuid(json, "id"), payload);
  }

  private static String messageId(Message message) throws RefusedMessage {
    try {
      Object property = message.getObjectProperty("messageId");
      if (property == null) {
        return message.getJMSMessageID();
      }
      if (!(property instanceof String id)
          || id.isBlank()
          || id.length() > InboundMessagePolicy.MAX_ID_LENGTH) {
        throw new RefusedMessage(
            "property messageId must be a string of 1 to "
                + InboundMessagePolicy.MAX_ID_LENGTH
                + " characters");
      }
      return id;
    } catch (JMSException e) {
      throw new RefusedMessage("unreadable properties: " + e.getMessage());
    }
  }

  private void apply(Upsert upsert) {
    switch (upsert.type()) {
      case "listing" ->
          referenceData.upsertListing(
              upsert.tenantId(), upsert.id(), (ListingUpsert) upsert.payload());
      case "userProfile" ->
          referenceData.upsertUserProfile(
              upsert.tenantId(), upsert.id(), (UserProfileChange) upsert.payload());
      default -> throw new IllegalStateException("No handler for type " + upsert.type());
    }
  }
}
