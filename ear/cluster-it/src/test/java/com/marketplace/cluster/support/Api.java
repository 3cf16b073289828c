package com.marketplace.cluster.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketplace.devserver.DevTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The two instances as a client sees them: JSON over HTTP, with dev tokens. */
public final class Api {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DevTokens TOKENS = DevTokens.withDevKey();
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private Api() {}

  /** A user of {@code tenant} with {@code roles}, and a token that speaks for them. */
  public record User(UUID id, UUID tenant, String token) {
    public static User of(UUID tenant, String... roles) {
      UUID id = UUID.randomUUID();
      String token =
          TOKENS.mint(
              new DevTokens.Subject(
                  id, tenant, "Cluster " + roles[0], id + "@example.test", List.of(roles)),
              Duration.ofMinutes(60));
      return new User(id, tenant, token);
    }
  }

  /** An answer: its status and JSON body (null when empty or not JSON). */
  public record Answer(int status, JsonNode body, String text) {
    public String at(String pointer) {
      JsonNode node = body == null ? null : body.at(pointer);
      return node == null || node.isMissingNode() ? null : node.asText();
    }
  }

  public static Answer send(
      PayaraCluster.Instance node,
      String method,
      String path,
      User user,
      Object body,
      Map<String, String> headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(node.url() + path)).timeout(Duration.ofSeconds(60));
    if (user != null) {
      request.header("Authorization", "Bearer " + user.token());
    }
    headers.forEach(request::header);
    HttpRequest.BodyPublisher publisher =
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(
                body instanceof String text ? text : JSON.writeValueAsString(body));
    if (body != null && !headers.containsKey("Content-Type")) {
      request.header("Content-Type", "application/json");
    }
    HttpResponse<String> response =
        HTTP.send(request.method(method, publisher).build(), HttpResponse.BodyHandlers.ofString());
    JsonNode json = null;
    try {
      json = response.body().isBlank() ? null : JSON.readTree(response.body());
    } catch (IOException notJson) {
      // kept as text
    }
    return new Answer(response.statusCode(), json, response.body());
  }

  public static Answer post(PayaraCluster.Instance node, String path, User user, Object body)
      throws IOException, InterruptedException {
    return send(node, "POST", path, user, body, Map.of());
  }

  public static Answer put(PayaraCluster.Instance node, String path, User user, Object body)
      throws IOException, InterruptedException {
    return send(node, "PUT", path, user, body, Map.of());
  }

  public static Answer get(PayaraCluster.Instance node, String path, User user)
      throws IOException, InterruptedException {
    return send(node, "GET", path, user, null, Map.of());
  }

  /** Whether {@code node} answers its readiness check now. */
  public static boolean ready(PayaraCluster.Instance node) {
    try {
      return get(node, "/health/ready", null).status() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
