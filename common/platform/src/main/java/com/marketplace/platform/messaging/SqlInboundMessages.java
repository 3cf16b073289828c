package com.marketplace.platform.messaging;

import com.marketplace.common.messaging.InboundMessages;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Typed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Processed message ids in {@code platform.inbound_message}; the primary key decides. */
@Stateless
@Typed // reached through the kernel's PlatformServices
@Local(InboundMessages.class)
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class SqlInboundMessages implements InboundMessages {

  @PersistenceContext(unitName = "platform")
  EntityManager em;

  @Override
  public boolean firstDelivery(String consumer, String messageId) {
    return em.createNativeQuery(
                "insert into platform.inbound_message (consumer, message_id) values (?1, ?2)"
                    + " on conflict do nothing")
            .setParameter(1, consumer)
            .setParameter(2, messageId)
            .executeUpdate()
        == 1;
  }
}
