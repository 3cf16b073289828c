package com.marketplace.booking.application.reservation;

import java.util.List;
import java.util.UUID;

/** The spec's joins of a reservation: its listing and its host, each as a one-element list. */
public record ReservationJoins(List<ListingJoin> listingJoins, List<HostDetails> hostDetails) {

  /** The spec's {@code listingJoins} element (JSON arrays as JSON text). */
  public record ListingJoin(
      String title,
      String amenityIds,
      UUID hostId,
      String mainPhoto,
      String photos,
      String address,
      String propertyType,
      Integer propertyTypeIdx,
      String location) {}

  /** The spec's {@code hostDetails} element. */
  public record HostDetails(String email, String fullname, String avatar) {}

  /** Property types and their index, as the listing service numbers them. */
  static final List<String> PROPERTY_TYPES =
      List.of("apartment", "house", "room", "villa", "cabin", "other");

  /** Null for a listing upserted without a type, or with one the list does not know. */
  public static Integer propertyTypeIdx(String type) {
    if (type == null) {
      return null;
    }
    int idx = PROPERTY_TYPES.indexOf(type);
    return idx < 0 ? null : idx;
  }
}
