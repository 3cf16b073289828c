package com.marketplace.common.messaging;

import com.marketplace.common.error.ApiException;
import com.marketplace.common.error.Violations;
import com.marketplace.common.web.BodyLimits;
import com.marketplace.common.web.JsonBodyPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.validation.Validator;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Reads inbound JMS messages as strictly as the REST routes read bodies: a text message holding one
 * JSON object within the same {@link BodyLimits} ({@link JsonBodyPolicy}: size, depth, string
 * lengths, no NUL, duplicate keys or trailing data, bounded numbers), envelope fields of the right
 * type and length, and payloads bound with JSON-B and checked with the same Bean Validation
 * constraints as the routes. Whatever fails is a {@link RefusedMessage}, never a half-applied one.
 */
@ApplicationScoped
public class InboundMessagePolicy {

  /** Longest {@code messageId} (and other envelope strings) an integration may send. */
  public static final int MAX_ID_LENGTH = 200;

  private static final Jsonb JSON = JsonbBuilder.create();

  private BodyLimits limits;
  private JsonBodyPolicy bodyPolicy;
  private Validator validator;

  /** For CDI's proxy only. */
  protected InboundMessagePolicy() {}

  @Inject
  public InboundMessagePolicy(Validator validator) {
    this(BodyLimits.fromConfig(), validator);
  }

  public InboundMessagePolicy(BodyLimits limits, Validator validator) {
    this.limits = limits;
    this.bodyPolicy = new JsonBodyPolicy(limits);
    this.validator = validator;
  }

  /** The JSON object a text message holds, within the body policy. */
  public JsonObject read(Message message) throws RefusedMessage {
    if (!(message instanceof TextMessage text)) {
      throw new RefusedMessage("not a text message");
    }
    String body;
    try {
      body = text.getText();
    } catch (JMSException e) {
      throw new RefusedMessage("unreadable text: " + e.getMessage());
    }
    if (body == null) {
      throw new RefusedMessage("empty text message");
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > limits.maxBytes()) {
      throw new RefusedMessage("larger than " + limits.maxBytes() + " bytes");
    }
    try {
      bodyPolicy.check(bytes, StandardCharsets.UTF_8, JsonBodyPolicy.Root.OBJECT);
    } catch (ApiException e) {
      throw new RefusedMessage(e.detail());
    }
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  /** A required string field, at most {@code maxLength} characters. */
  public String text(JsonObject json, String field, int maxLength) throws RefusedMessage {
    JsonValue value = json.get(field);
    if (!(value instanceof JsonString string) || string.getString().isBlank()) {
      throw new RefusedMessage("field " + field + " must be a non-empty string");
    }
    if (string.getString().length() > maxLength) {
      throw new RefusedMessage("field " + field + " is longer than " + maxLength + " characters");
    }
    return string.getString();
  }

  /** A required UUID field. */
  public UUID uuid(JsonObject json, String field) throws RefusedMessage {
    String text = text(json, field, 36);
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw new RefusedMessage("field " + field + " must be a UUID");
    }
  }

  /** The object in {@code field}, bound to {@code type} and valid by its constraints. */
  public <T> T payload(JsonObject json, String field, Class<T> type) throws RefusedMessage {
    if (!(json.get(field) instanceof JsonObject object)) {
      throw new RefusedMessage("field " + field + " must be a JSON object");
    }
    T payload;
    try {
      payload = JSON.fromJson(object.toString(), type);
    } catch (JsonbException e) {
      throw new RefusedMessage("field " + field + " does not fit " + type.getSimpleName());
    }
    try {
      return Violations.requireValid(validator, field, payload);
    } catch (ApiException e) {
      throw new RefusedMessage("field " + field + ": " + e.detail());
    }
  }
}
