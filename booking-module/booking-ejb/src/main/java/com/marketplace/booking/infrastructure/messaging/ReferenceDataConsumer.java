package com.marketplace.booking.infrastructure.messaging;

import com.marketplace.booking.application.ListingUpsert;
import com.marketplace.booking.application.ReferenceData;
import com.marketplace.booking.application.UserProfileUpsert;
import com.marketplace.common.error.ApiException;
import com.marketplace.common.logging.ContextLoggers;
import com.marketplace.common.messaging.InboundMessages;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSDestinationDefinition;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
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
 * Each message is applied once (by its JMS property {@code messageId}, else its JMS message id), in
 * the transaction that records it; a malformed message is logged and dropped rather than
 * redelivered forever.
 */
@JMSDestinationDefinition(
    name = ReferenceDataConsumer.LOOKUP,
    interfaceName = "jakarta.jms.Queue",
    destinationName = ReferenceDataConsumer.QUEUE)
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = ReferenceDataConsumer.LOOKUP),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue")
    })
public class ReferenceDataConsumer implements MessageListener {

  public static final String QUEUE = "bookingReferenceData";
  public static final String LOOKUP = "java:app/jms/bookingReferenceData";
  static final String CONSUMER = "booking.referenceData";

  private static final Logger LOG = ContextLoggers.of(ReferenceDataConsumer.class);
  private static final Jsonb JSON = JsonbBuilder.create();

  @EJB ReferenceData referenceData;
  @Inject InboundMessages inbound;

  /** The message body. */
  public record Upsert(
      String type, UUID tenantId, UUID id, ListingUpsert listing, UserProfileUpsert userProfile) {}

  @Override
  public void onMessage(Message message) {
    String messageId;
    Upsert upsert;
    try {
      messageId =
          message.getStringProperty("messageId") != null
              ? message.getStringProperty("messageId")
              : message.getJMSMessageID();
      upsert = JSON.fromJson(((TextMessage) message).getText(), Upsert.class);
    } catch (JMSException | JsonbException | ClassCastException e) {
      LOG.log(Level.WARNING, "Dropped an unreadable reference-data message", e);
      return;
    }
    if (!inbound.firstDelivery(CONSUMER, messageId)) {
      return;
    }
    try {
      apply(upsert);
    } catch (ApiException e) {
      LOG.log(Level.WARNING, "Refused reference-data message " + messageId + ": " + e.detail());
      throw e;
    }
  }

  private void apply(Upsert upsert) {
    switch (String.valueOf(upsert.type())) {
      case "listing" ->
          referenceData.upsertListing(upsert.tenantId(), upsert.id(), upsert.listing());
      case "userProfile" ->
          referenceData.upsertUserProfile(upsert.tenantId(), upsert.id(), upsert.userProfile());
      default -> LOG.warning("Dropped reference-data message of unknown type " + upsert.type());
    }
  }
}
