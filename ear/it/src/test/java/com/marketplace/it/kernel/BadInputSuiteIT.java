package com.marketplace.it.kernel;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.greaterThan;

import com.marketplace.it.support.BadInputs;
import com.marketplace.it.support.KernelDeployment;
import com.marketplace.it.support.PostmanRequests;
import com.marketplace.it.support.RawHttp;
import com.marketplace.it.support.Tokens;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A bad-input run generated from each module's own OpenAPI document (through the Postman collection
 * the kernel derives from it): every operation's path variables, query parameters and body fields
 * mutated with the hostile kinds of {@link BadInputs}, as an admin and with no token. Every answer
 * must be below 500, every refusal the spec's envelope, with no server internals and no version
 * headers.
 */
class BadInputSuiteIT extends KernelDeployment {

  private static final List<String> MODULES = List.of("enrollment", "booking", "payments");
  private static final List<String> INTERNALS =
      List.of("Exception", "Payara", "GlassFish", "Jersey", "Grizzly", "<html", "java.lang");

  private final Tokens.User admin = Tokens.user(UUID.randomUUID(), "admin");
  private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
  private final Map<String, String> examples = new ConcurrentHashMap<>();

  @Test
  void noBadInputToAnyDocumentedOperationGetsA5xxOrAnAnswerWithoutTheEnvelope() throws Exception {
    List<BadInputs.Probe> all = new ArrayList<>();
    for (String module : MODULES) {
      for (PostmanRequests.Call call : PostmanRequests.of(module)) {
        all.addAll(BadInputs.of(call, 25));
      }
    }
    // the build's run sends every EVERY-th probe (every operation still gets some); 1 sends all
    int every = Integer.getInteger("badInput.every", 1);
    List<BadInputs.Probe> probes = new ArrayList<>();
    for (int i = 0; i < all.size(); i += every) {
      probes.add(all.get(i));
    }
    String token = "Authorization: Bearer " + admin.token();
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> sent = new ArrayList<>();
    for (BadInputs.Probe probe : probes) {
      sent.add(pool.submit(() -> check(probe, token)));
      sent.add(pool.submit(() -> check(probe, null)));
    }
    for (Future<?> future : sent) {
      future.get();
    }
    pool.shutdown();
    long seconds = (System.nanoTime() - start) / 1_000_000_000;

    System.out.printf(
        "Bad-input suite: %d requests over %d probes in %d s; failures by kind: %s%n",
        sent.size(), probes.size(), seconds, new TreeMap<>(failures));
    examples.forEach((kind, example) -> System.out.println("  " + kind + " e.g. " + example));
    assertThat(sent.size(), greaterThan(1000));
    assertThat(new TreeMap<>(failures), anEmptyMap());
  }

  private void check(BadInputs.Probe probe, String token) {
    List<String> headers = new ArrayList<>(probe.headers());
    if (token != null) {
      headers.add(token);
    }
    RawHttp.Answer answer;
    try {
      answer =
          RawHttp.send(
              probe.method(), probe.target(), probe.body(), headers.toArray(String[]::new));
    } catch (Exception e) {
      fail("no answer", probe, e.toString());
      return;
    }
    String problem = problem(answer, probe.beforeRouting());
    if (problem != null) {
      fail(problem, probe, answer.status() + " " + shortened(answer.body()));
    }
  }

  private static String problem(RawHttp.Answer answer, boolean beforeRouting) {
    if (answer.status() >= 500) {
      return answer.status() + "";
    }
    if (answer.header("Server") != null || answer.header("X-Powered-By") != null) {
      return "server header";
    }
    if (answer.status() < 400 || beforeRouting) {
      return null;
    }
    String type = answer.header("Content-Type");
    if (type == null || !type.startsWith("application/json")) {
      return answer.status() + " without the envelope";
    }
    for (String internal : INTERNALS) {
      if (answer.body().contains(internal)) {
        return "internals (" + internal + ")";
      }
    }
    try {
      JsonPath json = JsonPath.from(answer.body());
      if (answer.status() == 401 && "No login found".equals(json.getString("message"))) {
        return null; // /currentuser's own answer, as the spec shows it
      }
      boolean envelope =
          "ERR".equals(json.getString("result"))
              && json.getInt("status") == answer.status()
              && json.getString("message").startsWith("errMsg_");
      return envelope ? null : answer.status() + " without the envelope";
    } catch (RuntimeException e) {
      return answer.status() + " without the envelope";
    }
  }

  private void fail(String kind, BadInputs.Probe probe, String answer) {
    failures.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
    examples.putIfAbsent(
        kind + " / " + probe.what(),
        probe.method() + " " + shortened(probe.target()) + " -> " + answer);
  }

  private static String shortened(String text) {
    return text == null || text.length() <= 200 ? text : text.substring(0, 200) + "…";
  }
}
