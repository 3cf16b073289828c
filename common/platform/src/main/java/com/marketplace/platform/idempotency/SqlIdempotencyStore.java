package com.marketplace.platform.idempotency;

import com.marketplace.common.idempotency.IdempotencyStore;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Idempotency keys in {@code platform.idempotency_record}. The primary key (tenant, user, key)
 * decides races: of two concurrent claims exactly one inserts, the other sees its row.
 *
 * <p>A claim is a lease of {@code IDEMPOTENCY_LEASE_SECONDS} (default 300: longer than the slowest
 * request, a payment whose three Stripe calls each use their whole read timeout and retries;
 * checked at deployment by {@link IdempotencyLeaseCheck}): a key still {@code running} after that
 * belongs to a request whose server died (an instance killed mid-request never completes nor
 * releases it), and the same request retried with the key takes the claim over instead of being
 * told "still running" until retention deletes the record. The row lock of the upsert lets one of
 * several concurrent retries take it over. What the lease cannot know: whether the dead request's
 * work committed before it died; a retry then runs the work again and meets the database's own
 * guards (the stay already booked: 409), as a request without a key would.
 */
@Stateless
@Typed // reached through the kernel's PlatformServices, see there
@Local(IdempotencyStore.class)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SqlIdempotencyStore implements IdempotencyStore {

  @PersistenceContext(unitName = "platform")
  EntityManager em;

  @Inject
  @ConfigProperty(name = IdempotencyLeaseCheck.KEY, defaultValue = IdempotencyLeaseCheck.DEFAULT)
  long leaseSeconds;

  @Override
  public Claim claim(UUID tenantId, UUID userId, String key, String requestHash) {
    int claimed =
        em.createNativeQuery(
                "insert into platform.idempotency_record"
                    + " (tenant_id, user_id, idempotency_key, request_hash, state)"
                    + " values (?1, ?2, ?3, ?4, 'running')"
                    + " on conflict (tenant_id, user_id, idempotency_key)"
                    + " do update set created_at = now()"
                    + " where platform.idempotency_record.state = 'running'"
                    + " and platform.idempotency_record.request_hash = excluded.request_hash"
                    + " and platform.idempotency_record.created_at"
                    + " <= now() - make_interval(secs => ?5)")
            .setParameter(1, tenantId)
            .setParameter(2, userId)
            .setParameter(3, key)
            .setParameter(4, requestHash)
            .setParameter(5, (double) leaseSeconds)
            .executeUpdate();
    if (claimed == 1) { // a new key, or a running claim whose lease is over
      return new Granted();
    }
    List<?> rows =
        em.createNativeQuery(
                "select request_hash, state, response_status, response_type, response_body"
                    + " from platform.idempotency_record"
                    + " where tenant_id = ?1 and user_id = ?2 and idempotency_key = ?3")
            .setParameter(1, tenantId)
            .setParameter(2, userId)
            .setParameter(3, key)
            .getResultList();
    if (rows.isEmpty()) {
      return new InProgress(); // released between our insert and select: let the client retry
    }
    Object[] row = (Object[]) rows.get(0);
    if (!requestHash.equals(row[0])) {
      return new Mismatch();
    }
    if (!"completed".equals(row[1])) {
      return new InProgress();
    }
    return new Replay(
        new StoredResponse(((Number) row[2]).intValue(), (String) row[3], (byte[]) row[4]));
  }

  @Override
  public void complete(UUID tenantId, UUID userId, String key, StoredResponse response) {
    em.createNativeQuery(
            "update platform.idempotency_record set state = 'completed', response_status = ?4,"
                + " response_type = ?5, response_body = ?6, completed_at = now()"
                + " where tenant_id = ?1 and user_id = ?2 and idempotency_key = ?3")
        .setParameter(1, tenantId)
        .setParameter(2, userId)
        .setParameter(3, key)
        .setParameter(4, response.status())
        .setParameter(5, response.contentType())
        .setParameter(6, response.body())
        .executeUpdate();
  }

  @Override
  public void release(UUID tenantId, UUID userId, String key) {
    em.createNativeQuery(
            "delete from platform.idempotency_record"
                + " where tenant_id = ?1 and user_id = ?2 and idempotency_key = ?3"
                + " and state = 'running'")
        .setParameter(1, tenantId)
        .setParameter(2, userId)
        .setParameter(3, key)
        .executeUpdate();
  }
}
