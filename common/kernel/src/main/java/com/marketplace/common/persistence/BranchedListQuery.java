package com.marketplace.common.persistence;

import com.marketplace.common.api.Page;
import com.marketplace.common.api.PageRequest;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.sessions.Session;

/**
 * A list route's query for a caller who sees the rows of a few disjoint branches, such as a host's
 * reservations and the ones they booked as a guest: one tenant's rows of a table, narrowed by the
 * client's filters, in native SQL.
 *
 * <p>{@code a = :me or b = :me} with {@code order by ... limit} is a trap: PostgreSQL either sorts
 * every row of the caller, or walks the tenant's newest-first index and filters, which reads every
 * newer row of other callers first (20,290 rows for a page of 25 in the benchmark's database,
 * docs/benchmark.md). Here each branch is its own ordered scan of an index on {@code (tenant_id,
 * <the branch's column>, <the ordering>)}, stopped after the page's last row, and the database
 * merges the branches ({@code union all} under a merge append): a page reads about {@code offset +
 * size} rows per branch whoever else writes to the table. The count is the sum of the branches'
 * counts. The branches must not overlap (write {@code guest_id = ? and host_id <> ?} beside {@code
 * host_id = ?}), or a row is listed twice.
 *
 * <pre>{@code
 * BranchedListQuery.of(Reservation.class, tenantId)
 *     .equal("listing_id", filter.listingId())
 *     .branch("host_id = ?", me)
 *     .branch("guest_id = ? and host_id <> ?", me, me)
 *     .orderBy("created_at desc, id")
 *     .page(em, page);
 * }</pre>
 *
 * <p>The table and the selected columns are the entity's mapping; the other column names are the
 * caller's constants, never client input; every value is bound.
 */
public final class BranchedListQuery<T> {

  private final Class<T> type;
  private final List<NumberedSql.Condition> filters = new ArrayList<>();
  private final List<NumberedSql.Condition> branches = new ArrayList<>();
  private String orderBy = "created_at, id";

  private BranchedListQuery(Class<T> type, UUID tenantId) {
    this.type = type;
    filters.add(
        new NumberedSql.Condition("tenant_id = ?", List.of(Objects.requireNonNull(tenantId))));
  }

  /** Rows of {@code type}'s table belonging to {@code tenantId}. */
  public static <T> BranchedListQuery<T> of(Class<T> type, UUID tenantId) {
    return new BranchedListQuery<>(type, tenantId);
  }

  /** Only rows whose {@code column} equals {@code value}; no condition when the value is null. */
  public BranchedListQuery<T> equal(String column, Object value) {
    if (value != null) {
      filters.add(new NumberedSql.Condition(column + " = ?", List.of(value)));
    }
    return this;
  }

  /** Rows meeting an SQL {@code condition} with one {@code ?} per value, apart from the others. */
  public BranchedListQuery<T> branch(String condition, Object... values) {
    for (Object value : values) {
      Objects.requireNonNull(value, () -> "a null value for " + condition);
    }
    branches.add(new NumberedSql.Condition(condition, List.of(values)));
    return this;
  }

  /**
   * Orders the rows by an SQL ordering of the table's columns, e.g. {@code created_at desc, id}.
   */
  public BranchedListQuery<T> orderBy(String ordering) {
    this.orderBy = ordering;
    return this;
  }

  /**
   * The requested page of matching rows, with the total count: counted only when the page's rows do
   * not tell it ({@link PageRequest#totalFrom}).
   */
  @SuppressWarnings("unchecked")
  public Page<T> page(EntityManager em, PageRequest page) {
    if (branches.isEmpty()) {
      throw new IllegalStateException("a branched list without branches");
    }
    ClassDescriptor mapping = em.unwrap(Session.class).getDescriptor(type);
    String table = mapping.getDefaultTable().getQualifiedName();
    NumberedSql rows = rows(table, columns(mapping), page);
    List<T> found = rows.bind(em.createNativeQuery(rows.sql(), type)).getResultList();
    long total =
        page.totalFrom(found.size())
            .orElseGet(
                () -> {
                  NumberedSql count = count(table);
                  return ((Number) count.bind(em.createNativeQuery(count.sql())).getSingleResult())
                      .longValue();
                });
    return new Page<>(found, page, total);
  }

  /**
   * The columns EclipseLink reads for the entity, in its own order: it then finds each in a row by
   * position; with {@code select *} it searched the row's columns by name for every field of every
   * row (5 % of a list request's CPU in a profile). This leans on EclipseLink's descriptor API and
   * its internal {@code DatabaseField}: an upgrade that changes them fails the build, or
   * ReservationIT and EnrollmentLifecycleIT, which read these lists on the server.
   */
  private static String columns(ClassDescriptor mapping) {
    return mapping.getAllSelectionFields().stream()
        .map(DatabaseField::getName)
        .collect(Collectors.joining(", "));
  }

  /**
   * The page's SQL: each branch's {@code columns} of {@code table}, ordered and cut after the page,
   * merged, ordered and cut again.
   */
  NumberedSql rows(String table, String columns, PageRequest page) {
    NumberedSql statement = new NumberedSql();
    String limit =
        page.all() ? "" : " limit " + statement.value((long) page.offset() + page.size());
    List<String> selects = new ArrayList<>();
    for (NumberedSql.Condition branch : branches) {
      selects.add(
          "(select "
              + columns
              + " from "
              + table
              + where(statement, branch)
              + " order by "
              + orderBy
              + limit
              + ")");
    }
    statement.append("select * from (" + String.join(" union all ", selects) + ") r");
    statement.append(" order by " + orderBy);
    if (!page.all()) {
      statement.append(" offset " + statement.value(page.offset()));
      statement.append(" limit " + statement.value(page.size()));
    }
    return statement;
  }

  /** The count's SQL: the sum of the branches' counts. */
  NumberedSql count(String table) {
    NumberedSql statement = new NumberedSql();
    List<String> counts = new ArrayList<>();
    for (NumberedSql.Condition branch : branches) {
      counts.add("(select count(*) from " + table + where(statement, branch) + ")");
    }
    statement.append("select " + String.join(" + ", counts));
    return statement;
  }

  private String where(NumberedSql statement, NumberedSql.Condition branch) {
    List<String> all = new ArrayList<>();
    for (NumberedSql.Condition filter : filters) {
      all.add(statement.bound(filter));
    }
    all.add("(" + statement.bound(branch) + ")");
    return " where " + String.join(" and ", all);
  }
}
