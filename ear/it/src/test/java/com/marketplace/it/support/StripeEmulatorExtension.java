package com.marketplace.it.support;

import com.marketplace.payments.stripe.emulator.StripeEmulator;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * One Stripe emulator for the whole run, on the port the build handed to Payara as STRIPE_API_BASE,
 * delivering signed webhooks to the deployed payments module.
 */
public class StripeEmulatorExtension implements BeforeAllCallback {

  public static final String WEBHOOK_SECRET = "whsec_integration_tests_only";
  private static final Namespace NAMESPACE = Namespace.create(StripeEmulatorExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent("emulator", key -> start(), Running.class);
  }

  private static volatile StripeEmulator running;

  /** The running emulator, for tests that steer it (faults, held events, 3-D Secure). */
  public static StripeEmulator emulator() {
    return running;
  }

  private static Running start() {
    running = StripeEmulator.start(Integer.parseInt(System.getProperty("it.stripe.port")));
    running.configureWebhook(Platform.BASE_URL + "/payments/v1/stripe/webhook", WEBHOOK_SECRET);
    return new Running(running);
  }

  record Running(StripeEmulator emulator) implements AutoCloseable {
    @Override
    public void close() {
      emulator.close();
    }
  }
}
