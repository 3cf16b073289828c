package com.marketplace.devserver;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Mints RS256 access tokens with the DEV-ONLY key in {@code dev-keys/} (public, so never trusted in
 * production), carrying the claims the platform reads: sub, tenantId, groups, sessionId, email,
 * fullname.
 */
public final class DevTokens {

  public static final String ISSUER = "https://marketplace.local/dev";
  public static final String KEY_ID = "dev-1";

  /** The public half, as the kernel ships it (the server reads it with {@code classpath:}). */
  public static final String PUBLIC_KEY_RESOURCE = "META-INF/marketplace/dev-token-key.pub.pem";

  private static final String KEY_RESOURCE = "/dev-keys/dev-signing-key.pem";

  /** Who a token speaks for. */
  public record Subject(
      UUID userId, UUID tenantId, String fullname, String email, List<String> roles) {}

  private final RSASSASigner signer;

  private DevTokens(PrivateKey key) {
    this.signer = new RSASSASigner(key);
  }

  public static DevTokens withDevKey() {
    return new DevTokens(readPkcs8(KEY_RESOURCE));
  }

  public String mint(Subject subject, Duration validity) {
    return mint(subject, Instant.now(), validity);
  }

  /** A token issued at {@code issuedAt}: tests use it for tokens that have already expired. */
  public String mint(Subject subject, Instant issuedAt, Duration validity) {
    Instant now = issuedAt;
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .subject(subject.userId().toString())
            .jwtID(UUID.randomUUID().toString())
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(validity)))
            .claim("upn", subject.email())
            .claim("groups", subject.roles())
            .claim("tenantId", subject.tenantId().toString())
            .claim("sessionId", UUID.randomUUID().toString())
            .claim("email", subject.email())
            .claim("fullname", subject.fullname())
            .build();
    JWSHeader header =
        new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(KEY_ID).build();
    SignedJWT jwt = new SignedJWT(header, claims);
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot sign a dev token", e);
    }
    return jwt.serialize();
  }

  private static PrivateKey readPkcs8(String resource) {
    try (InputStream in = DevTokens.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + resource);
      }
      String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
      String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
      return KeyFactory.getInstance("RSA")
          .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Unreadable dev key " + resource, e);
    }
  }
}
