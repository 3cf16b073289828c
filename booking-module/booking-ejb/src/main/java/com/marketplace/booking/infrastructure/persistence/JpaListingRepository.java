package com.marketplace.booking.infrastructure.persistence;

import com.marketplace.booking.domain.Listing;
import com.marketplace.booking.domain.ListingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class JpaListingRepository implements ListingRepository {

  @PersistenceContext(unitName = "booking")
  EntityManager em;

  @Override
  public Optional<Listing> find(UUID id) {
    return Optional.ofNullable(em.find(Listing.class, id));
  }

  @Override
  public void add(Listing listing) {
    em.persist(listing);
  }

  @Override
  public void flush() {
    em.flush();
  }
}
