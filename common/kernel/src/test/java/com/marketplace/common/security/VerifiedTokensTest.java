package com.marketplace.common.security;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.sameInstance;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The memory of verified tokens: the same token only, never past its expiry, bounded. */
class VerifiedTokensTest {

  private static final Instant NOW = Instant.parse("2030-01-15T10:00:00Z");

  @Test
  void aRememberedTokenIsReturnedForTheSameCompactTokenOnly() {
    VerifiedTokens tokens = new VerifiedTokens(10);
    VerifiedToken token = token("a.b.c", NOW.plusSeconds(60));

    tokens.put(token, NOW);

    assertThat(tokens.get("a.b.c", NOW), is(sameInstance(token)));
    assertThat(tokens.get("a.b.d", NOW), is(nullValue()));
  }

  @Test
  void aTokenIsForgottenAtItsExpiry() {
    VerifiedTokens tokens = new VerifiedTokens(10);
    tokens.put(token("a.b.c", NOW.plusSeconds(60)), NOW);

    assertThat(tokens.get("a.b.c", NOW.plusSeconds(60)), is(nullValue()));
    assertThat(tokens.size(), is(0));
  }

  @Test
  void aTokenPastItsExpiryIsNeverRemembered() {
    VerifiedTokens tokens = new VerifiedTokens(10);

    tokens.put(token("a.b.c", NOW), NOW);

    assertThat(tokens.size(), is(0));
  }

  @Test
  void aFullMemoryDropsExpiredTokensFirstAndNeverGrowsPastItsCapacity() {
    VerifiedTokens tokens = new VerifiedTokens(3);
    tokens.put(token("old.1.x", NOW.plusSeconds(10)), NOW);
    tokens.put(token("live.1.x", NOW.plusSeconds(600)), NOW);
    tokens.put(token("live.2.x", NOW.plusSeconds(600)), NOW);
    Instant later = NOW.plusSeconds(20);

    tokens.put(token("live.3.x", NOW.plusSeconds(600)), later);

    assertThat(tokens.get("live.1.x", later) != null, is(true));
    assertThat(tokens.get("live.3.x", later) != null, is(true));
    for (int i = 0; i < 50; i++) {
      tokens.put(token("flood." + i + ".x", NOW.plusSeconds(600)), later);
      assertThat(tokens.size(), is(lessThanOrEqualTo(3)));
    }
  }

  private static VerifiedToken token(String raw, Instant expiresAt) {
    return new VerifiedToken(
        UUID.randomUUID(),
        UUID.randomUUID(),
        Set.of("guest"),
        null,
        "a@example.com",
        null,
        UUID.randomUUID().toString(),
        NOW.minusSeconds(60),
        expiresAt,
        raw);
  }
}
