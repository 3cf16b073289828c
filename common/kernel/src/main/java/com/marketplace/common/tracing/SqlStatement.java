package com.marketplace.common.tracing;

import java.util.Locale;

/**
 * What a span may tell of a SQL statement: its operation ({@code SELECT}, {@code INSERT}, ...), its
 * primary table, and its text with every literal replaced by {@code ?}.
 *
 * <p>The statements EclipseLink and the kernel send bind their values as parameters, so their text
 * already holds {@code ?} in place of each value. The literals are masked anyway (string, number
 * and dollar-quoted constants, and comments go), so that no value reaches an exported span whatever
 * a statement was written like: a native query with a value written into its text, or EclipseLink
 * printing values when binding is off.
 *
 * @param operation the statement's first keyword in upper case, or null when it starts with none
 * @param table the table after {@code FROM} (select, delete), {@code INTO} (insert) or {@code
 *     UPDATE}, outside any parentheses, as written ({@code booking.reservation}); null when there
 *     is none
 * @param text the statement without literals and comments
 */
record SqlStatement(String operation, String table, String text) {

  static SqlStatement of(String sql) {
    String text = SqlLiterals.masked(sql);
    String operation = operation(text);
    return new SqlStatement(operation, table(text, operation), text);
  }

  /** The span's name, as OpenTelemetry's conventions have it: {@code SELECT booking.listing}. */
  String spanName() {
    if (operation == null) {
      return "SQL";
    }
    return table == null ? operation : operation + " " + table;
  }

  private static String operation(String text) {
    int start = 0;
    while (start < text.length() && !Character.isLetter(text.charAt(start))) {
      if (!Character.isWhitespace(text.charAt(start)) && text.charAt(start) != '(') {
        return null;
      }
      start++;
    }
    int end = start;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return end > start ? text.substring(start, end).toUpperCase(Locale.ROOT) : null;
  }

  private static String table(String text, String operation) {
    String before =
        operation == null
            ? null
            : switch (operation) {
              case "SELECT", "DELETE" -> "FROM";
              case "INSERT" -> "INTO";
              case "UPDATE" -> "UPDATE";
              default -> null;
            };
    if (before == null) {
      return null;
    }
    int depth = 0;
    boolean next = false;
    int at = 0;
    while (at < text.length()) {
      char c = text.charAt(at);
      if (Character.isWhitespace(c)) {
        at++;
        continue;
      }
      int end = isNamePart(c) ? afterQualifiedName(text, at) : at + 1;
      if (next && !isWord(text, at, end, "ONLY")) {
        return isNamePart(c) && !(before.equals("FROM") && calls(text, end))
            ? text.substring(at, end)
            : null;
      }
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (depth == 0 && isWord(text, at, end, before)) {
        next = true;
      }
      at = end;
    }
    return null;
  }

  private static boolean isWord(String text, int start, int end, String word) {
    return end - start == word.length() && text.regionMatches(true, start, word, 0, word.length());
  }

  /** Whether the name that ends at {@code at} is a function's ({@code from generate_series(?)}). */
  private static boolean calls(String text, int at) {
    int i = at;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < text.length() && text.charAt(i) == '(';
  }

  private static int afterQualifiedName(String text, int at) {
    int i = at;
    while (i < text.length() && isNamePart(text.charAt(i))) {
      i = text.charAt(i) == '"' ? SqlLiterals.afterQuoted(text, i, '"') : i + 1;
    }
    return i;
  }

  private static boolean isNamePart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '.' || c == '"';
  }
}
