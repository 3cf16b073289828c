package com.marketplace.common.persistence;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL with numbered positional parameters ({@code ?1}, {@code ?2}, ...) and their values, as {@link
 * BranchedListQuery} writes it: one placeholder may stand in several places.
 */
final class NumberedSql {

  /** A piece of SQL with one {@code ?} per value. */
  record Condition(String sql, List<Object> values) {

    Condition {
      long placeholders = sql.chars().filter(c -> c == '?').count();
      if (placeholders != values.size()) {
        throw new IllegalArgumentException(
            sql + " has " + placeholders + " placeholders for " + values.size() + " values");
      }
    }
  }

  private final StringBuilder sql = new StringBuilder();
  private final List<Object> values = new ArrayList<>();

  void append(String text) {
    sql.append(text);
  }

  /** A placeholder for {@code value}. */
  String value(Object value) {
    values.add(value);
    return "?" + values.size();
  }

  /** {@code condition}'s text with each of its {@code ?} numbered for its value. */
  String bound(Condition condition) {
    StringBuilder text = new StringBuilder();
    int next = 0;
    for (char c : condition.sql().toCharArray()) {
      if (c == '?') {
        text.append(value(condition.values().get(next++)));
      } else {
        text.append(c);
      }
    }
    return text.toString();
  }

  String sql() {
    return sql.toString();
  }

  List<Object> values() {
    return List.copyOf(values);
  }

  Query bind(Query query) {
    for (int i = 0; i < values.size(); i++) {
      query.setParameter(i + 1, values.get(i));
    }
    return query;
  }
}
