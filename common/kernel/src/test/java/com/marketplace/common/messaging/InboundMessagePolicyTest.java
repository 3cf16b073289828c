package com.marketplace.common.messaging;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.common.web.BodyLimits;
import jakarta.jms.BytesMessage;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.json.JsonObject;
import jakarta.validation.Validation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InboundMessagePolicyTest {

  public record Profile(@NotNull @Size(max = 5) String name, BigDecimal price) {}

  private final InboundMessagePolicy policy =
      new InboundMessagePolicy(
          new BodyLimits(2048, 4, 100, 12),
          Validation.buildDefaultValidatorFactory().getValidator());

  @Test
  void aTextMessageHoldingOneJsonObjectIsRead() throws Exception {
    JsonObject json = policy.read(text("{\"kind\":\"userProfile\",\"data\":{\"name\":\"Ann\"}}"));

    assertThat(policy.text(json, "kind", 20), equalTo("userProfile"));
    assertThat(policy.payload(json, "data", Profile.class), equalTo(new Profile("Ann", null)));
  }

  @Test
  void aMessageThatIsNotTextIsRefused() {
    Message bytes =
        (Message)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {BytesMessage.class},
                (proxy, method, args) -> null);

    assertThat(refusal(bytes), containsString("not a text message"));
  }

  @Test
  void aMessageOverTheSizeLimitIsRefusedBeforeParsing() {
    assertThat(
        refusal(text("{\"a\":\"" + "x".repeat(3000) + "\"}")), containsString("larger than 2048"));
  }

  @Test
  void theBodyPoliciesRefusalsApplyToMessagesToo() {
    assertThat(refusal(text("[1]")), containsString("JSON object"));
    assertThat(refusal(text("{\"a\":{\"b\":{\"c\":{\"d\":{}}}}}")), containsString("nests"));
    assertThat(refusal(text("{\"a\":\"" + "x".repeat(101) + "\"}")), containsString("longer"));
    assertThat(refusal(text("{\"a\":\"nul\\u0000\"}")), containsString("U+0000"));
    assertThat(refusal(text("{\"a\":1,\"a\":2}")), containsString("more than once"));
    assertThat(refusal(text("{\"a\":1} trailing")), containsString("after its JSON value"));
    assertThat(refusal(text("{\"a\":1E-10000000}")), containsString("/a"));
    assertThat(refusal(text("{\"a\":")), containsString("not valid JSON"));
  }

  @Test
  void envelopeFieldsMustHaveTheirTypeAndLength() throws Exception {
    JsonObject json =
        policy.read(text("{\"id\":\"not-a-uuid\",\"n\":7,\"long\":\"abcdef\",\"blank\":\" \"}"));

    assertThat(refusal(() -> policy.uuid(json, "id")), containsString("id must be a UUID"));
    assertThat(refusal(() -> policy.text(json, "n", 10)), containsString("non-empty string"));
    assertThat(refusal(() -> policy.text(json, "missing", 10)), containsString("missing"));
    assertThat(refusal(() -> policy.text(json, "blank", 10)), containsString("non-empty"));
    assertThat(refusal(() -> policy.text(json, "long", 5)), containsString("longer than 5"));
    UUID id = UUID.randomUUID();
    assertThat(policy.uuid(policy.read(text("{\"id\":\"" + id + "\"}")), "id"), equalTo(id));
  }

  @Test
  void payloadsAreCheckedWithTheirBeanValidationConstraints() throws Exception {
    JsonObject tooLong = policy.read(text("{\"data\":{\"name\":\"Annabel\"}}"));
    JsonObject missing = policy.read(text("{\"data\":{}}"));
    JsonObject wrongType = policy.read(text("{\"data\":{\"name\":\"Ann\",\"price\":\"x\"}}"));
    JsonObject notObject = policy.read(text("{\"data\":[]}"));

    assertThat(
        refusal(() -> policy.payload(tooLong, "data", Profile.class)), containsString("name"));
    assertThat(
        refusal(() -> policy.payload(missing, "data", Profile.class)), containsString("name"));
    assertThat(
        refusal(() -> policy.payload(wrongType, "data", Profile.class)),
        containsString("does not fit"));
    assertThat(
        refusal(() -> policy.payload(notObject, "data", Profile.class)),
        containsString("JSON object"));
  }

  private interface Reading {
    Object read() throws RefusedMessage;
  }

  private static String refusal(Reading reading) {
    return assertThrows(RefusedMessage.class, reading::read).getMessage();
  }

  private String refusal(Message message) {
    return refusal(() -> policy.read(message));
  }

  private static TextMessage text(String body) {
    return (TextMessage)
        Proxy.newProxyInstance(
            InboundMessagePolicyTest.class.getClassLoader(),
            new Class<?>[] {TextMessage.class},
            (proxy, method, args) -> "getText".equals(method.getName()) ? body : null);
  }
}
