package com.marketplace.it.support;

import com.marketplace.devserver.DevTokens;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/** Users of the tests and their tokens: valid ones, and every kind the server must refuse. */
public final class Tokens {

  private static final DevTokens DEV = DevTokens.withDevKey();

  private Tokens() {}

  /** A new user of {@code tenant} with {@code roles}. */
  public static User user(UUID tenant, String... roles) {
    return new User(UUID.randomUUID(), tenant, List.of(roles));
  }

  /** A user and the tokens that speak for them. */
  public record User(UUID id, UUID tenant, List<String> roles) {

    public DevTokens.Subject subject() {
      return new DevTokens.Subject(id, tenant, "Test " + roles, id + "@example.test", roles);
    }

    public String token() {
      return DEV.mint(subject(), Duration.ofMinutes(30));
    }

    /** Expired ten minutes ago, well beyond the allowed clock skew. */
    public String expiredToken() {
      return DEV.mint(subject(), Instant.now().minus(Duration.ofHours(1)), Duration.ofMinutes(50));
    }

    /** Right claims, signed by a key the server does not know. */
    public String foreignSignedToken() throws Exception {
      var generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(), claims());
      jwt.sign(new RSASSASigner(generator.generateKeyPair().getPrivate()));
      return jwt.serialize();
    }

    /** Right claims, no signature at all ({@code alg: none}). */
    public String unsignedToken() {
      String header = "{\"alg\":\"none\",\"typ\":\"JWT\"}";
      return Base64URL.encode(header.getBytes(StandardCharsets.UTF_8))
          + "."
          + Base64URL.encode(claims().toString().getBytes(StandardCharsets.UTF_8))
          + ".";
    }

    private JWTClaimsSet claims() {
      Instant now = Instant.now();
      return new JWTClaimsSet.Builder()
          .issuer(DevTokens.ISSUER)
          .subject(id.toString())
          .jwtID(UUID.randomUUID().toString())
          .issueTime(Date.from(now))
          .expirationTime(Date.from(now.plus(Duration.ofMinutes(30))))
          .claim("tenantId", tenant.toString())
          .claim("groups", roles)
          .build();
    }
  }
}
