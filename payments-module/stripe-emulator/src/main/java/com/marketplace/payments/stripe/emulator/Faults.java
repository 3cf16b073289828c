package com.marketplace.payments.stripe.emulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Injected failures for the next requests matching a method and path pattern ({@code *} matches one
 * path segment, e.g. {@code /v1/payment_intents/{@literal *}/confirm}).
 */
final class Faults {

  /** What to do to a matched request: answer 500, or wait {@code delay} before handling it. */
  record Fault(Duration delay) {
    boolean isError() {
      return delay == null;
    }
  }

  private static final class Rule {
    final String method;
    final Pattern path;
    final Fault fault;
    int remaining;

    Rule(String method, Pattern path, Fault fault, int remaining) {
      this.method = method;
      this.path = path;
      this.fault = fault;
      this.remaining = remaining;
    }
  }

  private final List<Rule> rules = new ArrayList<>();

  /** {@code delay} null means "answer HTTP 500". */
  synchronized void add(String method, String pathPattern, int times, Duration delay) {
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1");
    }
    StringBuilder regex = new StringBuilder();
    for (String part : pathPattern.split("\\*", -1)) {
      if (regex.length() > 0) {
        regex.append("[^/]+");
      }
      regex.append(Pattern.quote(part));
    }
    rules.add(
        new Rule(
            method.toUpperCase(Locale.ROOT),
            Pattern.compile(regex.toString()),
            new Fault(delay),
            times));
  }

  /** Consumes and answers the first fault matching this request, or null. */
  synchronized Fault take(String method, String path) {
    for (Iterator<Rule> it = rules.iterator(); it.hasNext(); ) {
      Rule rule = it.next();
      if (rule.method.equals(method) && rule.path.matcher(path).matches()) {
        if (--rule.remaining == 0) {
          it.remove();
        }
        return rule.fault;
      }
    }
    return null;
  }

  synchronized void clear() {
    rules.clear();
  }
}
