package com.marketplace.common.api;

import java.util.Map;
import java.util.function.Supplier;

/**
 * Which joined objects a read answers with (spec, Common Parameters): none with {@code
 * getJoins=false}; with {@code excludeCQRS=true} only the local ones; otherwise all of them.
 *
 * <p><b>Local</b> joins are objects of the module's own service (the spec's resources of that
 * service: an enrollment inside a refund request). <b>Non-local</b> joins are objects another
 * service owns (listings, users, course packs, lesson slots, tutor profiles): the spec fetches them
 * from other services' read models, which {@code excludeCQRS} exists to skip. The platform keeps
 * projections of them in its own database, but classifies them as the spec does, so a client gets
 * the answer the spec promises.
 */
public enum JoinScope {
  NONE,
  LOCAL,
  ALL;

  /** Where a joined object comes from. */
  public enum Locality {
    LOCAL,
    NON_LOCAL
  }

  static JoinScope of(boolean getJoins, boolean excludeCqrs) {
    if (!getJoins) {
      return NONE;
    }
    return excludeCqrs ? LOCAL : ALL;
  }

  /** Whether joins of {@code locality} belong in the answer. */
  public boolean includes(Locality locality) {
    return switch (this) {
      case NONE -> false;
      case LOCAL -> locality == Locality.LOCAL;
      case ALL -> true;
    };
  }

  /**
   * Puts the join {@code name} into {@code joins} if this scope includes it, computing its value
   * only then (so an excluded join costs no query).
   */
  public void put(Map<String, Object> joins, String name, Locality locality, Supplier<?> value) {
    if (includes(locality)) {
      joins.put(name, value.get());
    }
  }
}
