package com.marketplace.common.api;

import java.util.List;
import java.util.function.Function;

/** One page of a list, and what the envelope's {@code paging} says about it. */
public record Page<T>(List<T> rows, PageRequest request, long totalRowCount) {

  public Page {
    rows = List.copyOf(rows);
  }

  /** The same page with each row converted, e.g. an entity to what the API shows of it. */
  public <R> Page<R> map(Function<? super T, ? extends R> conversion) {
    return new Page<>(rows.stream().<R>map(conversion).toList(), request, totalRowCount);
  }

  /** The envelope's paging object: pageNumber, pageRowCount, totalRowCount, pageCount. */
  public Paging paging() {
    if (request.all()) {
      return new Paging(0, rows.size(), totalRowCount, 1);
    }
    long pages = (totalRowCount + request.size() - 1) / request.size();
    return new Paging(request.number(), request.size(), totalRowCount, pages);
  }

  /** Serialized as the envelope's {@code paging}. */
  public record Paging(int pageNumber, int pageRowCount, long totalRowCount, long pageCount) {}
}
