package com.marketplace.common.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.marketplace.common.error.ApiException;
import com.marketplace.common.web.JsonBodyPolicy.Root;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonBodyPolicyTest {

  private final JsonBodyPolicy policy = new JsonBodyPolicy(BodyLimits.DEFAULTS);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "{\"listingId\":\"a\",\"checkIn\":\"2026-12-01\",\"nights\":3,\"totalPrice\":372.5}",
        "{\"a\":{\"b\":[1,2,{\"c\":null}]},\"d\":[],\"e\":true,\"f\":-0.25e-3,\"g\":\"ü €\"}",
        "  {\"a\": \"x\"}  \n",
        "{\"same\":{\"k\":1},\"other\":{\"k\":2}}"
      })
  void legalBodiesPass(String body) {
    assertDoesNotThrow(() -> check(body, Root.OBJECT));
  }

  @Test
  void aBodyAsDeepAsTheLimitPasses() {
    assertDoesNotThrow(() -> check("[".repeat(32) + "]".repeat(32), Root.ANY));
  }

  @Test
  void nestingDeeperThanTheLimitIsRefusedAtTheFieldWhereItStarts() {
    String deep = "{\"paymentUserParams\":" + "[".repeat(1000) + "]".repeat(1000) + "}";

    ApiException e = refusal(deep, Root.OBJECT);

    assertThat(e.messageKey(), is("errMsg_bodyTooDeep"));
    assertThat(e.detail(), containsString("/paymentUserParams/0/0"));
  }

  @Test
  void aHugeExponentIsRefusedInMicrosecondsNamingTheField() {
    ApiException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(2),
            () -> refusal("{\"listingId\":\"x\",\"totalPrice\": 1E-10000000}", Root.OBJECT));

    assertThat(e.status(), is(400));
    assertThat(e.messageKey(), is("errMsg_numberOutOfBounds"));
    assertThat(
        e.detail(), equalTo("Field /totalPrice is a number that has more than 40 decimal places"));
  }

  @Test
  void aNulInAStringIsRefusedNamingTheField() {
    ApiException e =
        refusal("{\"paymentUserParams\":{\"paymentMethodId\":\"pm\\u0000x\"}}", Root.OBJECT);

    assertThat(e.messageKey(), is("errMsg_nulCharacter"));
    assertThat(e.detail(), containsString("/paymentUserParams/paymentMethodId"));
  }

  @Test
  void aNulInAKeyIsRefusedAndEchoedHarmlessly() {
    ApiException e = refusal("{\"a\":{\"b\\u0000c\":1}}", Root.OBJECT);

    assertThat(e.messageKey(), is("errMsg_nulCharacter"));
    assertThat(e.detail(), containsString("/a/b\\u0000c"));
  }

  @Test
  void aStringLongerThanTheLimitIsRefused() {
    ApiException e =
        refusal("{\"names\":[\"ok\",\"" + "x".repeat(64 * 1024 + 1) + "\"]}", Root.OBJECT);

    assertThat(e.messageKey(), is("errMsg_stringTooLong"));
    assertThat(e.detail(), containsString("/names/1"));
  }

  @Test
  void aDuplicateKeyIsRefusedNamingIt() {
    ApiException e = refusal("{\"a\":{\"x\":1,\"y\":2,\"x\":3}}", Root.OBJECT);

    assertThat(e.messageKey(), is("errMsg_duplicateKey"));
    assertThat(e.detail(), containsString("/a/x"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{} garbage", "{}{}", "{\"a\":1}}", "[] ,", "1 2"})
  void dataAfterTheValueIsRefused(String body) {
    assertThat(refusal(body, Root.ANY).messageKey(), is("errMsg_trailingData"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"a\": ", "{\"a\" 1}", "{'a':1}", "nul", "{\"a\":01}", "{\"a\":1,}"})
  void malformedJsonIsRefusedWithItsPlace(String body) {
    ApiException e = refusal(body, Root.ANY);

    assertThat(e.messageKey(), is("errMsg_malformedRequest"));
    assertThat(e.detail(), containsString("not valid JSON"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"[{}]", "\"text\"", "42", "null"})
  void aRootOfTheWrongTypeIsRefused(String body) {
    ApiException e = refusal(body, Root.OBJECT);

    assertThat(e.messageKey(), is("errMsg_wrongBodyType"));
    assertThat(e.detail(), containsString("must be a JSON object"));
  }

  @Test
  void anArrayRouteRefusesAnObject() {
    assertThat(refusal("{}", Root.ARRAY).messageKey(), is("errMsg_wrongBodyType"));
    assertDoesNotThrow(() -> check("[{}]", Root.ARRAY));
  }

  @Test
  void bytesThatAreNotTheDeclaredCharsetAreRefused() {
    byte[] latin1 = {'{', '"', 'a', '"', ':', '"', (byte) 0xE9, '"', '}'};

    ApiException e =
        assertThrows(
            ApiException.class, () -> policy.check(latin1, StandardCharsets.UTF_8, Root.OBJECT));

    assertThat(e.messageKey(), is("errMsg_malformedRequest"));
    assertDoesNotThrow(() -> policy.check(latin1, Charset.forName("ISO-8859-1"), Root.OBJECT));
  }

  @Test
  void aLongHostileKeyIsShortenedInThePointer() {
    String key = "k/~" + "y".repeat(5000);

    ApiException e = refusal("{\"" + key + "\":1E-999999}", Root.OBJECT);

    assertThat(e.detail(), containsString("/k~1~0yyy"));
    assertThat(e.detail().length() < 200, is(true));
  }

  @Test
  void limitsComeFromTheConfiguration() {
    JsonBodyPolicy strict = new JsonBodyPolicy(new BodyLimits(1024, 2, 3, 4));

    assertThrows(ApiException.class, () -> check(strict, "{\"a\":{\"b\":{}}}"));
    assertThrows(ApiException.class, () -> check(strict, "{\"a\":\"four\"}"));
    assertThrows(ApiException.class, () -> check(strict, "{\"a\":12345}"));
    assertDoesNotThrow(() -> check(strict, "{\"a\":{\"b\":\"abc\",\"c\":1234}}"));
  }

  private void check(String body, Root root) {
    policy.check(body.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, root);
  }

  private static void check(JsonBodyPolicy policy, String body) {
    policy.check(body.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, Root.OBJECT);
  }

  private ApiException refusal(String body, Root root) {
    ApiException e = assertThrows(ApiException.class, () -> check(body, root));
    assertThat(e.status(), is(400));
    assertThat(e.detail(), org.hamcrest.Matchers.not(containsString("Exception")));
    return e;
  }
}
