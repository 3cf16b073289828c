package com.marketplace.common.security;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

/** Key pairs generated once per test run; RSA generation is the slowest part of the suite. */
final class TestKeys {

  static final KeyPair RSA = rsa(2048);
  static final KeyPair RSA_NEXT = rsa(2048);
  static final KeyPair RSA_FOREIGN = rsa(2048);
  static final KeyPair EC = ec("secp256r1");
  static final KeyPair EC_NEXT = ec("secp256r1");
  static final KeyPair EC_FOREIGN = ec("secp256r1");

  private TestKeys() {}

  static KeyPair rsa(int bits) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(bits);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static KeyPair ec(String curve) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec(curve));
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The key as an operator would paste it: SPKI, base64 wrapped at 64 columns. */
  static String pem(java.security.PublicKey key) {
    String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getEncoded());
    return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
  }
}
