package com.marketplace.booking.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Nights of a listing that are taken: by a live reservation, or by an imported calendar's event.
 * The table's exclusion constraint ({@code calendar_hold_no_overlap}) refuses two live holds of a
 * listing that share a night, whichever requests race to write them: that constraint, not a check
 * in Java, is what makes double-booking impossible.
 */
@Entity
@Table(name = "calendar_hold", schema = "booking")
public class CalendarHold {

  @Id
  @Column(name = "id")
  private UUID id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "listing_id", nullable = false, updatable = false)
  private UUID listingId;

  @Column(name = "check_in", nullable = false, updatable = false)
  private LocalDate checkIn;

  @Column(name = "check_out", nullable = false, updatable = false)
  private LocalDate checkOut;

  @Column(name = "live", nullable = false)
  private boolean live = true;

  @Column(name = "reservation_id", updatable = false)
  private UUID reservationId;

  @Column(name = "import_source_id", updatable = false)
  private UUID importSourceId;

  @Column(name = "external_uid", updatable = false)
  private String externalUid;

  @Column(name = "summary", updatable = false)
  private String summary;

  /** For JPA. */
  protected CalendarHold() {}

  private CalendarHold(UUID tenantId, UUID listingId, StayPeriod nights) {
    this.id = UUID.randomUUID();
    this.tenantId = tenantId;
    this.listingId = listingId;
    this.checkIn = nights.checkIn();
    this.checkOut = nights.checkOut();
  }

  public static CalendarHold forReservation(Reservation reservation) {
    CalendarHold hold =
        new CalendarHold(reservation.tenantId(), reservation.listingId(), reservation.stay());
    hold.reservationId = reservation.id();
    return hold;
  }

  public static CalendarHold imported(
      UUID tenantId, UUID listingId, UUID sourceId, StayPeriod nights, String uid, String summary) {
    CalendarHold hold = new CalendarHold(tenantId, listingId, nights);
    hold.importSourceId = sourceId;
    hold.externalUid = uid;
    hold.summary = summary;
    return hold;
  }

  /** The nights are free again. */
  public void release() {
    live = false;
  }

  public UUID id() {
    return id;
  }

  public UUID listingId() {
    return listingId;
  }

  public StayPeriod nights() {
    return new StayPeriod(checkIn, checkOut);
  }

  public boolean isLive() {
    return live;
  }

  public UUID reservationId() {
    return reservationId;
  }

  public String externalUid() {
    return externalUid;
  }

  public String summary() {
    return summary;
  }
}
