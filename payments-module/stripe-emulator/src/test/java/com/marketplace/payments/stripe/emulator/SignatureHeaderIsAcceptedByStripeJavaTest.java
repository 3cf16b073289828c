package com.marketplace.payments.stripe.emulator;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.net.Webhook;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignatureHeaderIsAcceptedByStripeJavaTest {

  private static final String PAYLOAD = "{\"id\":\"evt_1\",\"object\":\"event\",\"type\":\"ping\"}";

  @Test
  void freshSignatureVerifies() throws Exception {
    String header =
        WebhookSigner.signatureHeader(PAYLOAD, "whsec_abc", Instant.now().getEpochSecond());

    assertThat(Webhook.Signature.verifyHeader(PAYLOAD, header, "whsec_abc", 300), equalTo(true));
  }

  @Test
  void knownVectorMatches() {
    // HMAC-SHA256("secret", "1700000000.{}") computed independently with openssl.
    assertThat(
        WebhookSigner.signatureHeader("{}", "secret", 1_700_000_000L),
        equalTo(
            "t=1700000000,v1=b8569b78799ff9e3cbff0fc2d63a33a2b57f3282abd07c37ae5e8e7d79a5f163"));
  }

  @Test
  void staleSignatureIsRejected() {
    String header =
        WebhookSigner.signatureHeader(PAYLOAD, "whsec_abc", Instant.now().getEpochSecond() - 3600);

    assertThrows(
        SignatureVerificationException.class,
        () -> Webhook.Signature.verifyHeader(PAYLOAD, header, "whsec_abc", 300));
  }
}
