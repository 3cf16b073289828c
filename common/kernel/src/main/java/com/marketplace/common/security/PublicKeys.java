package com.marketplace.common.security;

import com.nimbusds.jose.jwk.Curve;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Reads token-verification public keys from PEM and names them by fingerprint. Supported keys are
 * RSA (at least {@value #MIN_RSA_BITS} bits, for RS256) and EC on curve P-256 (for ES256).
 */
public final class PublicKeys {

  /** Smallest RSA modulus accepted; shorter keys are forgeable in practice. */
  public static final int MIN_RSA_BITS = 2048;

  private static final String BEGIN = "-----BEGIN PUBLIC KEY-----";
  private static final String END = "-----END PUBLIC KEY-----";

  private PublicKeys() {}

  /**
   * Parses one {@code -----BEGIN PUBLIC KEY-----} block (X.509 SubjectPublicKeyInfo), detecting
   * whether it holds an RSA or an EC key.
   *
   * @throws IllegalArgumentException if the text is not exactly one such block, or the key is not a
   *     supported RSA or EC P-256 key
   */
  public static PublicKey parsePem(String pem) {
    Objects.requireNonNull(pem, "pem");
    String text = pem.strip();
    boolean oneBlock =
        text.startsWith(BEGIN)
            && text.endsWith(END)
            && text.length() >= BEGIN.length() + END.length();
    if (!oneBlock) {
      throw new IllegalArgumentException("Expected a single " + BEGIN + " block");
    }
    String base64 =
        text.substring(BEGIN.length(), text.length() - END.length()).replaceAll("\\s+", "");
    byte[] der;
    try {
      // The strict decoder, not the MIME one: that one silently skips stray characters.
      der = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("The PEM body is not valid base64", e);
    }
    return requireSupported(decode(der));
  }

  /** Lower-case hex SHA-256 of the key's X.509 encoding: a stable name for logs and config. */
  public static String sha256Fingerprint(PublicKey key) {
    Objects.requireNonNull(key, "key");
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform must provide SHA-256", e);
    }
  }

  /**
   * Returns the key if it can verify RS256 or ES256 tokens.
   *
   * @throws IllegalArgumentException otherwise
   */
  static PublicKey requireSupported(PublicKey key) {
    Objects.requireNonNull(key, "key");
    if (key instanceof RSAPublicKey rsa) {
      if (rsa.getModulus().bitLength() < MIN_RSA_BITS) {
        throw new IllegalArgumentException(
            "RSA keys need at least "
                + MIN_RSA_BITS
                + " bits, got "
                + rsa.getModulus().bitLength());
      }
      return key;
    }
    if (key instanceof ECPublicKey ec) {
      if (!Curve.P_256.equals(Curve.forECParameterSpec(ec.getParams()))) {
        throw new IllegalArgumentException("EC keys must be on curve P-256 (ES256)");
      }
      return key;
    }
    throw new IllegalArgumentException("Unsupported key algorithm " + key.getAlgorithm());
  }

  // The SPKI names its algorithm; asking each supported factory in turn avoids parsing DER here.
  private static PublicKey decode(byte[] der) {
    for (String algorithm : new String[] {"RSA", "EC"}) {
      try {
        return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
      } catch (GeneralSecurityException | IllegalArgumentException e) {
        // Not this algorithm (or not a key at all); the next factory gets its turn.
      }
    }
    throw new IllegalArgumentException("The PEM block holds no RSA or EC public key");
  }
}
