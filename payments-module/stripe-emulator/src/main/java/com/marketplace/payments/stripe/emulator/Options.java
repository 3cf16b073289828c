package com.marketplace.payments.stripe.emulator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Command-line options of {@link StripeEmulatorMain}, with environment variables as fallbacks. */
final class Options {

  private static final List<String> NAMES =
      List.of("host", "port", "webhook-url", "webhook-secret");
  private static final Map<String, String> ENVIRONMENT =
      Map.of(
          "host", "STRIPE_EMULATOR_HOST",
          "port", "STRIPE_EMULATOR_PORT",
          "webhook-url", "STRIPE_WEBHOOK_URL",
          "webhook-secret", "STRIPE_WEBHOOK_SECRET");
  private static final Map<String, String> DEFAULTS = Map.of("host", "127.0.0.1", "port", "12111");

  private Options() {}

  /** Accepts {@code --name value} and {@code --name=value}; {@code --help} yields key "help". */
  static Map<String, String> parse(String[] args, Map<String, String> environment) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--help") || arg.equals("-h")) {
        options.put("help", "true");
        continue;
      }
      if (!arg.startsWith("--")) {
        throw new IllegalArgumentException("Unexpected argument: " + arg);
      }
      int eq = arg.indexOf('=');
      String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
      if (!NAMES.contains(name)) {
        throw new IllegalArgumentException("Unknown option: --" + name);
      }
      if (eq < 0 && i + 1 >= args.length) {
        throw new IllegalArgumentException("Missing value for --" + name);
      }
      options.put(name, eq < 0 ? args[++i] : arg.substring(eq + 1));
    }
    for (String name : NAMES) {
      String fromEnvironment = environment.get(ENVIRONMENT.get(name));
      if (!options.containsKey(name) && fromEnvironment != null && !fromEnvironment.isBlank()) {
        options.put(name, fromEnvironment);
      }
      if (!options.containsKey(name) && DEFAULTS.containsKey(name)) {
        options.put(name, DEFAULTS.get(name));
      }
    }
    String port = options.get("port");
    if (!port.matches("\\d{1,5}") || Integer.parseInt(port) > 65_535) {
      throw new IllegalArgumentException("Invalid port: " + options.get("port"));
    }
    return options;
  }
}
