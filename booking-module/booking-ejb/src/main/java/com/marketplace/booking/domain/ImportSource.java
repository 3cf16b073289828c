package com.marketplace.booking.domain;

import com.marketplace.common.persistence.BaseRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * An external calendar of a listing (another platform's export, the host's own calendar): a URL
 * synced again and again, or an uploaded file applied once. Its events are calendar holds.
 */
@Entity
@Table(name = "ical_import_source", schema = "booking")
public class ImportSource extends BaseRecord {

  @Column(name = "listing_id", nullable = false, updatable = false)
  private UUID listingId;

  @Column(name = "kind", nullable = false, updatable = false)
  private String kind;

  @Column(name = "url", updatable = false)
  private String url;

  @Column(name = "last_synced_at")
  private OffsetDateTime lastSyncedAt;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "event_count", nullable = false)
  private int eventCount;

  /** For JPA. */
  protected ImportSource() {}

  private ImportSource(UUID tenantId, UUID ownerId, UUID listingId, String kind, String url) {
    super(UUID.randomUUID(), tenantId, ownerId);
    this.listingId = listingId;
    this.kind = kind;
    this.url = url;
  }

  public static ImportSource ofUrl(UUID tenantId, UUID ownerId, UUID listingId, String url) {
    return new ImportSource(tenantId, ownerId, listingId, "url", url);
  }

  public static ImportSource uploaded(UUID tenantId, UUID ownerId, UUID listingId) {
    return new ImportSource(tenantId, ownerId, listingId, "upload", null);
  }

  public void synced(int events) {
    eventCount = events;
    lastError = null;
    lastSyncedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public void failed(String error) {
    lastError = error;
  }

  /** No more syncs; its holds are removed by the caller. */
  public void remove() {
    deactivate();
  }

  public UUID listingId() {
    return listingId;
  }

  public String kind() {
    return kind;
  }

  public String url() {
    return url;
  }

  public boolean isUrl() {
    return "url".equals(kind);
  }

  public OffsetDateTime lastSyncedAt() {
    return lastSyncedAt;
  }

  public String lastError() {
    return lastError;
  }

  public int eventCount() {
    return eventCount;
  }
}
