package com.marketplace.payments.stripe.emulator;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.stripe.StripeClient;
import com.stripe.model.Customer;
import com.stripe.param.CustomerCreateParams;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StandaloneEmulatorServesUntilStoppedTest {

  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+) ");

  @Test
  void mainServesTheApiAndStopsOnSignal() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            StripeEmulatorMain.class.getName(),
            "--port",
            "0",
            "--webhook-url",
            "http://127.0.0.1:9/hook");
    builder.environment().put("STRIPE_WEBHOOK_SECRET", "whsec_from_env");
    builder.redirectErrorStream(true);
    Process process = builder.start();
    try {
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String secretLine = out.readLine();
      String listeningLine = out.readLine();
      Matcher matcher = LISTENING.matcher(String.valueOf(listeningLine));
      assertThat(listeningLine, matcher.find(), equalTo(true));
      StripeClient client =
          StripeClient.builder()
              .setApiKey("sk_test_standalone")
              .setApiBase(matcher.group(1))
              .build();

      Customer customer =
          client.v1().customers().create(CustomerCreateParams.builder().setEmail("a@b.c").build());

      assertThat(
          secretLine,
          equalTo("Signing webhooks to http://127.0.0.1:9/hook with secret whsec_from_env"));
      assertThat(customer.getId(), startsWith("cus_"));
      process.destroy();
      assertThat(process.waitFor(5, TimeUnit.SECONDS), equalTo(true));
      assertThat(List.of(0, 143).contains(process.exitValue()), equalTo(true));
    } finally {
      process.destroyForcibly();
    }
  }
}
