package com.marketplace.booking.domain;

import com.marketplace.common.persistence.BaseRecord;
import com.marketplace.common.persistence.StoredMoney;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * What the booking module knows of a listing: reference data kept by upserts (admin route or the
 * reference-data queue). JSON columns hold the policies as the upstream listing service sends them;
 * {@code ListingTerms} reads them.
 */
@Entity
@Table(name = "listing", schema = "booking")
public class Listing extends BaseRecord {

  @Column(name = "host_id", nullable = false)
  private UUID hostId;

  @Column(name = "title", nullable = false)
  private String title;

  @Column(name = "photos", nullable = false)
  private String photosJson;

  @Column(name = "main_photo")
  private String mainPhoto;

  @Column(name = "amenity_ids", nullable = false)
  private String amenityIdsJson;

  @Column(name = "address")
  private String address;

  @Column(name = "property_type")
  private String propertyType;

  @Column(name = "location")
  private String location;

  @Column(name = "time_zone", nullable = false)
  private String timeZone;

  /** The price of a night with the listing's currency; the cleaning fee is minor units of it. */
  @Embedded
  @AttributeOverride(
      name = "amountMinor",
      column = @Column(name = "nightly_price_minor", nullable = false))
  @AttributeOverride(name = "currency", column = @Column(name = "currency", nullable = false))
  private StoredMoney nightlyPrice;

  @Column(name = "cleaning_fee_minor", nullable = false)
  private long cleaningFeeMinor;

  @Column(name = "platform_fee_rate", nullable = false)
  private BigDecimal platformFeeRate;

  @Column(name = "city_tax_rule")
  private String cityTaxRuleJson;

  @Column(name = "max_guests", nullable = false)
  private int maxGuests;

  @Convert(converter = ApprovalType.Column.class)
  @Column(name = "approval_type", nullable = false)
  private ApprovalType approvalType;

  @Column(name = "booking_policy", nullable = false)
  private String bookingPolicyJson;

  @Column(name = "cancellation_policy", nullable = false)
  private String cancellationPolicyJson;

  @Column(name = "ical_feed_token")
  private String icalFeedToken;

  /** For JPA. */
  protected Listing() {}

  public Listing(UUID id, UUID tenantId, UUID hostId, String icalFeedToken) {
    super(id, tenantId, hostId);
    this.hostId = hostId;
    this.icalFeedToken = icalFeedToken;
  }

  /** Replaces what the upstream listing service says of the listing. */
  public void describe(ListingData data) {
    hostId = data.hostId();
    title = data.title();
    photosJson = data.photosJson();
    mainPhoto = data.mainPhoto();
    amenityIdsJson = data.amenityIdsJson();
    address = data.address();
    propertyType = data.propertyType();
    location = data.location();
    timeZone = data.timeZone();
    nightlyPrice = StoredMoney.of(data.nightlyPriceMinor(), data.currency());
    cleaningFeeMinor = data.cleaningFeeMinor();
    platformFeeRate = data.platformFeeRate();
    cityTaxRuleJson = data.cityTaxRuleJson();
    maxGuests = data.maxGuests();
    approvalType = data.approvalType();
    bookingPolicyJson = data.bookingPolicyJson();
    cancellationPolicyJson = data.cancellationPolicyJson();
    activate(data.active()); // inactive: no new reservations; existing ones keep their snapshots
  }

  public UUID hostId() {
    return hostId;
  }

  public String title() {
    return title;
  }

  public String photosJson() {
    return photosJson;
  }

  public String mainPhoto() {
    return mainPhoto;
  }

  public String amenityIdsJson() {
    return amenityIdsJson;
  }

  public String address() {
    return address;
  }

  public String propertyType() {
    return propertyType;
  }

  public String location() {
    return location;
  }

  public String timeZone() {
    return timeZone;
  }

  public long nightlyPriceMinor() {
    return nightlyPrice.amountMinor();
  }

  public String currency() {
    return nightlyPrice.currencyCode();
  }

  public long cleaningFeeMinor() {
    return cleaningFeeMinor;
  }

  public BigDecimal platformFeeRate() {
    return platformFeeRate;
  }

  public String cityTaxRuleJson() {
    return cityTaxRuleJson;
  }

  public int maxGuests() {
    return maxGuests;
  }

  public ApprovalType approvalType() {
    return approvalType;
  }

  public String bookingPolicyJson() {
    return bookingPolicyJson;
  }

  public String cancellationPolicyJson() {
    return cancellationPolicyJson;
  }

  public String icalFeedToken() {
    return icalFeedToken;
  }
}
