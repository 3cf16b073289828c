package com.marketplace.common.api;

import java.util.OptionalLong;

/**
 * Which rows of a list a client asked for: page {@code number} (from 1) of {@code size} rows, or
 * every row when {@code number} is 0, as the spec's {@code pageNumber=0} means.
 */
public record PageRequest(int number, int size) {

  public PageRequest {
    if (number < 0 || size < 1 || number > lastPageNumber(size)) {
      throw new IllegalArgumentException("page " + number + " of size " + size);
    }
  }

  /** The highest page number whose first row, counted from 0, is still an {@code int}. */
  public static int lastPageNumber(int size) {
    return (int) Math.min(Integer.MAX_VALUE, Integer.MAX_VALUE / size + 1L);
  }

  public boolean all() {
    return number == 0;
  }

  /** The first row to return, counted from 0. */
  public int offset() {
    return all() ? 0 : (number - 1) * size;
  }

  /**
   * The count of every matching row when the rows found for this request tell it without a count
   * query: every row was asked for, or the page is not full and has rows (the last page) or is the
   * first. Empty when only a count can tell: a full page, or an empty page after the first (past
   * the end, or exactly at it).
   */
  public OptionalLong totalFrom(int rowsFound) {
    if (all()) {
      return OptionalLong.of(rowsFound);
    }
    if (rowsFound < size && (rowsFound > 0 || number == 1)) {
      return OptionalLong.of((long) offset() + rowsFound);
    }
    return OptionalLong.empty();
  }
}
