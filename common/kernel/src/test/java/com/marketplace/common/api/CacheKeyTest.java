package com.marketplace.common.api;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.marketplace.common.security.Caller;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CacheKeyTest {

  private static final UUID TENANT = UUID.randomUUID();
  private final Caller alice = caller(TENANT);
  private final Caller bob = caller(TENANT);

  @Test
  void aReadHas32HexDigits() {
    assertThat(read("/booking/v1/reservations", Map.of(), alice), matchesPattern("[0-9a-f]{32}"));
  }

  @Test
  void theSameReadGetsTheSameKeyWhateverTheParameterOrder() {
    Map<String, List<String>> ordered = new LinkedHashMap<>();
    ordered.put("pageNumber", List.of("2"));
    ordered.put("bookingStatus", List.of("pending"));
    Map<String, List<String>> reversed = new LinkedHashMap<>();
    reversed.put("bookingStatus", List.of("pending"));
    reversed.put("pageNumber", List.of("2"));

    assertThat(
        read("/booking/v1/reservations", ordered, alice),
        equalTo(read("/booking/v1/reservations", reversed, alice)));
  }

  @Test
  void parametersOfDeliveryAndTracingDoNotChangeTheKey() {
    Map<String, List<String>> traced =
        Map.of(
            "requestId", List.of("trace-1"),
            "caching", List.of("false"),
            "cacheTTL", List.of("60"),
            "access_token", List.of("a.b.c"));

    assertThat(
        read("/booking/v1/reservations", traced, alice),
        equalTo(read("/booking/v1/reservations", Map.of(), alice)));
  }

  @Test
  void anotherPageAnotherPathOrAnotherCallerIsAnotherKey() {
    String key = read("/booking/v1/reservations", Map.of(), alice);

    assertThat(
        read("/booking/v1/reservations", Map.of("pageNumber", List.of("2")), alice),
        not(equalTo(key)));
    assertThat(read("/booking/v1/disputes", Map.of(), alice), not(equalTo(key)));
    assertThat(read("/booking/v1/reservations", Map.of(), bob), not(equalTo(key)));
    assertThat(
        read("/booking/v1/reservations", Map.of(), caller(UUID.randomUUID())), not(equalTo(key)));
    assertThat(read("/booking/v1/reservations", Map.of(), null), not(equalTo(key)));
  }

  @Test
  void aWriteHasNoKey() {
    for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
      assertThat(CacheKey.of(method, "/booking/v1/reservations", Map.of(), alice), nullValue());
    }
  }

  private static String read(String path, Map<String, List<String>> query, Caller caller) {
    return CacheKey.of("GET", path, query, caller);
  }

  private static Caller caller(UUID tenant) {
    return new Caller(UUID.randomUUID(), tenant, Set.of("guest"), "s", "e@x.test", "E", "t");
  }
}
