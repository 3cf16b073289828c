package com.marketplace.devserver;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Prints a token signed with the DEV-ONLY key for any user, tenant and roles: only a server started
 * with {@code AUTH_DEV_MODE=true} (the local run, the tests) accepts it.
 *
 * <pre>
 * mvn -q -Ptoken -pl ear/devserver -am compile \
 *   -Dexec.args="--user &lt;uuid&gt; --tenant &lt;uuid&gt; --roles admin,tutor [--email e] [--name n] [--hours 12]"
 * </pre>
 */
public final class MintToken {

  private MintToken() {}

  public static void main(String[] args) {
    Map<String, String> options = options(args);
    UUID user = UUID.fromString(required(options, "user"));
    UUID tenant = UUID.fromString(options.getOrDefault("tenant", DemoUser.TENANT.toString()));
    List<String> roles =
        Arrays.stream(required(options, "roles").split(",")).map(String::strip).toList();
    String email = options.getOrDefault("email", user + "@example.test");
    String name = options.getOrDefault("name", "Dev User");
    Duration validity = Duration.ofHours(Long.parseLong(options.getOrDefault("hours", "12")));
    System.out.println(
        DevTokens.withDevKey()
            .mint(new DevTokens.Subject(user, tenant, name, email, roles), validity));
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("Expected --option value, got " + args[i]);
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    return options;
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null) {
      throw new IllegalArgumentException("--" + name + " is required");
    }
    return value;
  }
}
