package com.marketplace.common.persistence;

import com.marketplace.common.api.Page;
import com.marketplace.common.api.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A list route's query: one tenant's rows of an entity, narrowed by the filters a client gave (a
 * null filter value means "not filtered"), counted and paged the same way.
 *
 * <pre>{@code
 * ListQuery.of(PaymentTicket.class, tenantId)
 *     .equal("orderType", "enrollment")
 *     .equal("ownerId", filter.ownerId())
 *     .page(em, page);
 * }</pre>
 */
public final class ListQuery<T> {

  private final Class<T> type;
  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> parameters = new LinkedHashMap<>();
  private String orderBy = "r.createdAt, r.id";

  private ListQuery(Class<T> type, UUID tenantId) {
    this.type = type;
    equal("tenantId", tenantId);
  }

  /** Rows of {@code type} belonging to {@code tenantId}. */
  public static <T> ListQuery<T> of(Class<T> type, UUID tenantId) {
    return new ListQuery<>(type, tenantId);
  }

  /** Only rows whose {@code field} equals {@code value}; no condition when the value is null. */
  public ListQuery<T> equal(String field, Object value) {
    if (value != null) {
      String parameter = "p" + parameters.size();
      conditions.add("r." + field + " = :" + parameter);
      parameters.put(parameter, value);
    }
    return this;
  }

  /**
   * Only rows meeting a JPQL {@code condition} over the alias {@code r}, e.g. {@code r.studentId =
   * :me or r.tutorProfileId in :mine}, with its named parameters.
   */
  public ListQuery<T> where(String condition, Map<String, Object> namedParameters) {
    conditions.add("(" + condition + ")");
    parameters.putAll(namedParameters);
    return this;
  }

  /** Orders the rows by a JPQL ordering over the alias {@code r}, e.g. {@code r.createdAt desc}. */
  public ListQuery<T> orderBy(String ordering) {
    this.orderBy = ordering;
    return this;
  }

  /**
   * The requested page of matching rows, with the total count of matching rows: counted by a second
   * query only when the page's rows do not tell it ({@link PageRequest#totalFrom}).
   */
  public Page<T> page(EntityManager em, PageRequest page) {
    String where = " r where " + String.join(" and ", conditions);
    String entity = em.getMetamodel().entity(type).getName();
    TypedQuery<T> rows =
        withParameters(
            em.createQuery("select r from " + entity + where + " order by " + orderBy, type));
    if (!page.all()) {
      rows.setFirstResult(page.offset()).setMaxResults(page.size());
    }
    List<T> found = rows.getResultList();
    long total =
        page.totalFrom(found.size())
            .orElseGet(
                () ->
                    withParameters(
                            em.createQuery("select count(r) from " + entity + where, Long.class))
                        .getSingleResult());
    return new Page<>(found, page, total);
  }

  private <R> TypedQuery<R> withParameters(TypedQuery<R> query) {
    parameters.forEach(query::setParameter);
    return query;
  }
}
