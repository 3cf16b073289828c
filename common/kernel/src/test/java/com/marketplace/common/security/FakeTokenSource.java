package com.marketplace.common.security;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Answers what it was given, blanks included, and records what was asked. */
final class FakeTokenSource implements TokenSource {
  private final Map<String, String> query = new HashMap<>();
  private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private final Map<String, String> cookies = new HashMap<>();
  final List<String> lookups = new ArrayList<>();

  FakeTokenSource query(String name, String value) {
    query.put(name, value);
    return this;
  }

  FakeTokenSource header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  FakeTokenSource cookie(String name, String value) {
    cookies.put(name, value);
    return this;
  }

  @Override
  public Optional<String> queryParameter(String name) {
    lookups.add("query:" + name);
    return Optional.ofNullable(query.get(name));
  }

  @Override
  public Optional<String> header(String name) {
    lookups.add("header:" + name);
    return Optional.ofNullable(headers.get(name));
  }

  @Override
  public Optional<String> cookie(String name) {
    lookups.add("cookie:" + name);
    return Optional.ofNullable(cookies.get(name));
  }
}
