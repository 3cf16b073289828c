package com.marketplace.payments.stripe.emulator;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StandaloneOptionsFallBackToEnvironmentTest {

  @Test
  void argumentsWinOverEnvironmentWhichWinsOverDefaults() {
    Map<String, String> options =
        Options.parse(
            new String[] {"--port", "4000", "--webhook-url=http://localhost:9/hook"},
            Map.of("STRIPE_EMULATOR_PORT", "5000", "STRIPE_WEBHOOK_SECRET", "whsec_env"));

    assertThat(options, hasEntry("port", "4000"));
    assertThat(options, hasEntry("webhook-url", "http://localhost:9/hook"));
    assertThat(options, hasEntry("webhook-secret", "whsec_env"));
    assertThat(options, hasEntry("host", "127.0.0.1"));
  }

  @Test
  void defaultsApplyWithNothingGiven() {
    Map<String, String> options = Options.parse(new String[0], Map.of());

    assertThat(options.get("port"), equalTo("12111"));
    assertThat(options, not(hasKey("webhook-url")));
  }

  @Test
  void badInputIsRejected() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Options.parse(new String[] {"--colour", "red"}, Map.of()));
    assertThrows(
        IllegalArgumentException.class, () -> Options.parse(new String[] {"--port"}, Map.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> Options.parse(new String[] {"--port", "http"}, Map.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> Options.parse(new String[] {"--port", "70000"}, Map.of()));
  }
}
