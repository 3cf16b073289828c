package com.marketplace.booking.application.listing;

import com.marketplace.booking.application.BookingJournal;
import com.marketplace.booking.application.ClientWords;
import com.marketplace.booking.domain.Listing;
import com.marketplace.booking.domain.ListingData;
import com.marketplace.booking.domain.ListingRepository;
import com.marketplace.booking.domain.UserProfile;
import com.marketplace.booking.domain.UserProfileRepository;
import com.marketplace.common.error.ApiException;
import com.marketplace.common.error.Violations;
import com.marketplace.common.security.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The module's projection of upstream reference data: listings and user profiles, upserted by
 * admins ({@code PUT /v1/listings/:id}, {@code PUT /v1/userprofiles/:userId}) or by messages on the
 * reference-data queue. An upsert replaces what was known; reservations keep their snapshots.
 *
 * <p>Both ways are held to the same constraints (the records' Bean Validation annotations, checked
 * here as well as at the route), so a message can never store what the route would refuse.
 */
// named apart from enrollment's ReferenceData: the one-WAR build for Payara Micro holds both in
// one EJB module, where the default name (the simple class name) collides (docs/payara-micro.md)
@Stateless(name = "BookingReferenceData")
public class ReferenceData {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject ListingRepository listings;
  @Inject UserProfileRepository profiles;

  @Inject BookingJournal journal;
  @Inject ClientWords words;
  @Inject Validator validator;

  public ListingView upsertListing(UUID tenantId, UUID listingId, ListingUpsert upsert) {
    ListingData data = Violations.requireValid(validator, "listing", upsert).toData(words);
    Listing listing = listings.find(listingId).orElse(null);
    boolean created = listing == null;
    if (created) {
      listing = new Listing(listingId, tenantId, data.hostId(), newFeedToken());
      listing.describe(data);
      listings.add(listing);
    } else if (!listing.tenantId().equals(tenantId)) {
      // another tenant's id: never overwritten, and its existence not revealed
      throw ApiException.conflict("errMsg_listingIdTaken", "Listing id " + listingId + " is taken");
    } else {
      listing.describe(data);
    }
    listings.flush();
    return ListingView.of(listing);
  }

  /** A listing for an admin or its host (who needs its feed URL for other platforms). */
  public ListingView listing(Caller caller, UUID listingId) {
    Listing listing = listings.find(listingId).orElse(null);
    if (listing == null || !listing.tenantId().equals(caller.tenantId())) {
      throw ApiException.notFound("listing", listingId);
    }
    if (!caller.isAdmin() && !listing.hostId().equals(caller.userId())) {
      throw ApiException.forbidden("Only the listing's host or an admin may see it here");
    }
    return ListingView.of(listing);
  }

  public UserProfileView upsertUserProfile(UUID tenantId, UUID userId, UserProfileChange upsert) {
    Violations.requireValid(validator, "userProfile", upsert);
    UserProfile profile = profiles.find(tenantId, userId).orElse(null);
    if (profile == null) {
      profile = new UserProfile(tenantId, userId);
      profiles.add(profile);
    }
    profile.describe(upsert.fullname(), upsert.email(), upsert.avatar());
    profiles.flush();
    return UserProfileView.of(profile);
  }

  private static String newFeedToken() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
