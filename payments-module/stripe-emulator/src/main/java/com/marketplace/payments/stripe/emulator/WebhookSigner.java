package com.marketplace.payments.stripe.emulator;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Computes Stripe's {@code Stripe-Signature} header. Public so that tests of a webhook endpoint can
 * sign hand-made payloads exactly as the emulator (and Stripe) sign deliveries.
 */
public final class WebhookSigner {

  private WebhookSigner() {}

  /**
   * {@code t=<timestamp>,v1=<hex HMAC-SHA256 of "<timestamp>.<payload>" keyed with the secret>}.
   *
   * @param timestamp Unix seconds; verifiers reject values older than their tolerance (300 s by
   *     default)
   */
  public static String signatureHeader(String payload, String secret, long timestamp) {
    return "t=" + timestamp + ",v1=" + hmacSha256Hex(secret, timestamp + "." + payload);
  }

  private static String hmacSha256Hex(String secret, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest = mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder(digest.length * 2);
      for (byte b : digest) {
        hex.append(String.format("%02x", b));
      }
      return hex.toString();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is mandatory in every JDK", e);
    }
  }
}
