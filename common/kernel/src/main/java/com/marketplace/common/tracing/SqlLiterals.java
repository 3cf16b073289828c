package com.marketplace.common.tracing;

/**
 * A SQL text with every literal replaced by {@code ?}: string (escape strings {@code E'…'} too),
 * number and dollar-quoted constants, as PostgreSQL writes them, and its comments (nested ones too)
 * replaced by a space. Names (quoted ones too) and positional parameters ({@code $1}) stay as
 * written.
 */
final class SqlLiterals {

  private SqlLiterals() {}

  /** {@code sql} with {@code ?} for each literal and a space for each comment. */
  static String masked(String sql) {
    StringBuilder text = null; // only once something is replaced
    int copied = 0;
    int at = 0;
    while (at < sql.length()) {
      char c = sql.charAt(at);
      int end;
      String replacement;
      if (c == '\'') {
        end = afterQuoted(sql, at, '\'');
        replacement = "?";
      } else if (c == '-' && sql.startsWith("--", at)) {
        end = endOr(sql, sql.indexOf('\n', at), 0);
        replacement = " ";
      } else if (c == '/' && sql.startsWith("/*", at)) {
        end = afterBlockComment(sql, at);
        replacement = " ";
      } else if ((c == 'E' || c == 'e') && sql.startsWith("'", at + 1)) {
        // an escape string: a name never reaches here mid-way, names are skipped whole below
        end = afterEscapeString(sql, at + 1);
        replacement = "?";
      } else if (c == '$' && dollarTag(sql, at) > 0) {
        String tag = sql.substring(at, dollarTag(sql, at));
        end = endOr(sql, sql.indexOf(tag, at + tag.length()), tag.length());
        replacement = "?";
      } else if (isDigit(c) || (c == '.' && at + 1 < sql.length() && isDigit(sql.charAt(at + 1)))) {
        end = afterNumber(sql, at);
        replacement = "?";
      } else {
        // kept as written: a quoted name, a name (with its digits), a positional $1, the rest
        end =
            c == '"'
                ? afterQuoted(sql, at, '"')
                : Character.isLetter(c) || c == '_' || c == '$' ? afterName(sql, at) : at + 1;
        replacement = null;
      }
      if (replacement != null) {
        text = text == null ? new StringBuilder(sql.length()) : text;
        text.append(sql, copied, at).append(replacement);
        copied = end;
      }
      at = end;
    }
    return text == null ? sql : text.append(sql, copied, sql.length()).toString();
  }

  /** After the quote that closes the one at {@code at} (a doubled quote is an escaped one). */
  static int afterQuoted(String sql, int at, char quote) {
    int i = at + 1;
    while (i < sql.length()) {
      if (sql.charAt(i) == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return sql.length();
  }

  /** After an {@code E'…'} string's closing quote: a backslash escapes the character after it. */
  private static int afterEscapeString(String sql, int quote) {
    int i = quote + 1;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == '\'' && i + 1 < sql.length() && sql.charAt(i + 1) == '\'') {
        i += 2;
      } else if (c == '\'') {
        return i + 1;
      } else {
        i++;
      }
    }
    return sql.length();
  }

  /** After the block comment starting at {@code at}; PostgreSQL's block comments nest. */
  private static int afterBlockComment(String sql, int at) {
    int depth = 0;
    int i = at;
    while (i < sql.length()) {
      if (sql.startsWith("/*", i)) {
        depth++;
        i += 2;
      } else if (sql.startsWith("*/", i)) {
        i += 2;
        if (--depth == 0) {
          return i;
        }
      } else {
        i++;
      }
    }
    return sql.length();
  }

  /** After a {@code $tag$} starting at {@code at}, or 0 when there is none. */
  private static int dollarTag(String sql, int at) {
    int i = at + 1;
    while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
      i++;
    }
    boolean parameter = at + 1 < sql.length() && isDigit(sql.charAt(at + 1));
    return !parameter && i < sql.length() && sql.charAt(i) == '$' ? i + 1 : 0;
  }

  private static int endOr(String sql, int found, int length) {
    return found < 0 ? sql.length() : found + length;
  }

  private static int afterName(String sql, int at) {
    int i = at;
    while (i < sql.length()
        && (Character.isLetterOrDigit(sql.charAt(i))
            || sql.charAt(i) == '_'
            || sql.charAt(i) == '$')) {
      i++;
    }
    return i;
  }

  private static int afterDigits(String sql, int at) {
    int i = at;
    while (i < sql.length() && isDigit(sql.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int afterNumber(String sql, int at) {
    int i = at;
    while (i < sql.length() && (isDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
      i++;
    }
    if (i < sql.length() && (sql.charAt(i) == 'e' || sql.charAt(i) == 'E')) {
      int exponent = i + 1;
      if (exponent < sql.length() && (sql.charAt(exponent) == '+' || sql.charAt(exponent) == '-')) {
        exponent++;
      }
      if (exponent < sql.length() && isDigit(sql.charAt(exponent))) {
        i = afterDigits(sql, exponent);
      }
    }
    return i;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
