package com.marketplace.booking.infrastructure.persistence;

import com.marketplace.booking.application.reservation.ReservationJoins;
import com.marketplace.booking.application.reservation.ReservationJoins.HostDetails;
import com.marketplace.booking.application.reservation.ReservationJoins.ListingJoin;
import com.marketplace.booking.application.reservation.ReservationView;
import com.marketplace.booking.domain.Listing;
import com.marketplace.booking.domain.UserProfile;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Loads the listings and host profiles of reservations: two queries for a whole page. */
final class JpaReservationJoins {

  private final EntityManager em;

  JpaReservationJoins(EntityManager em) {
    this.em = em;
  }

  Map<UUID, ReservationJoins> of(UUID tenantId, Collection<ReservationView> rows) {
    Set<UUID> listingIds = new HashSet<>();
    Set<UUID> hostIds = new HashSet<>();
    rows.forEach(
        r -> {
          listingIds.add(r.listingId());
          hostIds.add(r.hostId());
        });
    Map<UUID, Listing> listings = new HashMap<>();
    Map<UUID, UserProfile> hosts = new HashMap<>();
    if (!rows.isEmpty()) {
      listings =
          em.createQuery(
                  "select l from Listing l where l.tenantId = :tenant and l.id in :ids",
                  Listing.class)
              .setParameter("tenant", tenantId)
              .setParameter("ids", listingIds)
              .getResultStream()
              .collect(Collectors.toMap(Listing::id, Function.identity()));
      hosts =
          em.createQuery(
                  "select p from UserProfile p where p.tenantId = :tenant and p.userId in :ids",
                  UserProfile.class)
              .setParameter("tenant", tenantId)
              .setParameter("ids", hostIds)
              .getResultStream()
              .collect(Collectors.toMap(UserProfile::userId, Function.identity()));
    }
    Map<UUID, ReservationJoins> joins = new LinkedHashMap<>();
    for (ReservationView r : rows) {
      Listing listing = listings.get(r.listingId());
      UserProfile host = hosts.get(r.hostId());
      joins.put(
          r.id(),
          new ReservationJoins(
              listing == null ? List.of() : List.of(listingJoin(listing)),
              host == null
                  ? List.of()
                  : List.of(new HostDetails(host.email(), host.fullname(), host.avatar()))));
    }
    return joins;
  }

  private static ListingJoin listingJoin(Listing l) {
    return new ListingJoin(
        l.title(),
        l.amenityIdsJson(),
        l.hostId(),
        l.mainPhoto(),
        l.photosJson(),
        l.address(),
        l.propertyType(),
        ReservationJoins.propertyTypeIdx(l.propertyType()),
        l.location());
  }
}
