package com.marketplace.common.security;

import static com.marketplace.common.security.TestTokens.assertRejected;
import static com.marketplace.common.security.TestTokens.base64Url;
import static com.marketplace.common.security.TestTokens.header;
import static com.marketplace.common.security.TestTokens.json;
import static com.marketplace.common.security.TestTokens.validClaims;
import static com.marketplace.common.security.TestTokens.verifier;

import com.marketplace.common.security.InvalidTokenException.Reason;
import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSAEncrypter;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.EncryptedJWT;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EmptySource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tokens rejected for their form, algorithm or signature, before any claim is trusted. */
class AccessTokenVerifierSignatureTest {

  private final AccessTokenVerifier rsaVerifier = verifier(TestKeys.RSA.getPublic());
  private final String claims = json(validClaims().build());

  @Test
  void unsignedTokenIsRejected() {
    String token = base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + base64Url(claims) + ".";

    assertRejected(rsaVerifier, token, Reason.UNSUPPORTED_ALGORITHM);
  }

  @ParameterizedTest
  @ValueSource(strings = {"None", "NONE", "nOnE"})
  void noneSpelledInOtherCaseIsRejected(String alg) {
    // nimbus reads these as unknown signature algorithms, so they arrive with some signature.
    String header = base64Url("{\"alg\":\"" + alg + "\",\"typ\":\"JWT\"}");
    String token = header + "." + base64Url(claims) + "." + base64Url("forged");

    assertRejected(rsaVerifier, token, Reason.UNSUPPORTED_ALGORITHM);
  }

  @ParameterizedTest
  @ValueSource(strings = {"HS256", "HS384", "HS512"})
  void hmacSignedWithThePublicKeyAsSecretIsRejected(String alg) throws Exception {
    // The key-confusion attack: the attacker knows the public key and uses it as the HMAC secret.
    byte[] publicKeyBytes = TestKeys.RSA.getPublic().getEncoded();
    String token =
        TestTokens.sign(
            header(JWSAlgorithm.parse(alg)).build(), claims, new MACSigner(publicKeyBytes));

    assertRejected(rsaVerifier, token, Reason.UNSUPPORTED_ALGORITHM);
  }

  @ParameterizedTest
  @ValueSource(strings = {"RS384", "RS512", "PS256", "PS512"})
  void otherRsaAlgorithmsAreRejectedEvenWithTheRightKey(String alg) {
    String token =
        TestTokens.sign(
            header(JWSAlgorithm.parse(alg)).build(),
            claims,
            new RSASSASigner(TestKeys.RSA.getPrivate()));

    assertRejected(rsaVerifier, token, Reason.UNSUPPORTED_ALGORITHM);
  }

  @Test
  void es384IsRejected() {
    KeyPair p384 = TestKeys.ec("secp384r1");
    String token =
        TestTokens.sign(header(JWSAlgorithm.ES384).build(), claims, TestTokens.ecSigner(p384));

    assertRejected(verifier(TestKeys.EC.getPublic()), token, Reason.UNSUPPORTED_ALGORITHM);
  }

  @Test
  void es256IsRejectedWhenOnlyRsaKeysAreConfigured() {
    String token = TestTokens.es256(TestKeys.EC, validClaims().build());

    assertRejected(rsaVerifier, token, Reason.UNSUPPORTED_ALGORITHM);
  }

  @Test
  void encryptedTokenIsRejected() throws Exception {
    EncryptedJWT jwe =
        new EncryptedJWT(
            new JWEHeader(JWEAlgorithm.RSA_OAEP_256, EncryptionMethod.A128GCM),
            validClaims().build());
    jwe.encrypt(new RSAEncrypter((RSAPublicKey) TestKeys.RSA.getPublic()));

    assertRejected(rsaVerifier, jwe.serialize(), Reason.UNSUPPORTED_ALGORITHM);
  }

  @Test
  void rs256TokenFromAForeignKeyHasABadSignature() {
    String token = TestTokens.rs256(TestKeys.RSA_FOREIGN, validClaims().build());

    assertRejected(rsaVerifier, token, Reason.BAD_SIGNATURE);
  }

  @Test
  void es256TokenFromAForeignKeyHasABadSignature() {
    String token = TestTokens.es256(TestKeys.EC_FOREIGN, validClaims().build());

    assertRejected(
        verifier(TestKeys.EC.getPublic(), TestKeys.EC_NEXT.getPublic()),
        token,
        Reason.BAD_SIGNATURE);
  }

  @Test
  void tamperedPayloadHasABadSignature() {
    String[] parts = TestTokens.rs256(validClaims().build()).split("\\.");
    String escalated = json(validClaims().claim("groups", List.of("admin")).build());

    String token = parts[0] + "." + base64Url(escalated) + "." + parts[2];

    assertRejected(rsaVerifier, token, Reason.BAD_SIGNATURE);
  }

  @Test
  void tokenWithItsSignatureStrippedIsMalformed() {
    // A JWS without signature bytes is no JWS at all; nimbus refuses to parse it.
    String[] parts = TestTokens.rs256(validClaims().build()).split("\\.");

    assertRejected(rsaVerifier, parts[0] + "." + parts[1] + ".", Reason.MALFORMED);
  }

  @Test
  void signatureOfTheWrongLengthIsBad() {
    String[] parts = TestTokens.es256(TestKeys.EC, validClaims().build()).split("\\.");
    String token = parts[0] + "." + parts[1] + "." + base64Url("short");

    assertRejected(verifier(TestKeys.EC.getPublic()), token, Reason.BAD_SIGNATURE);
  }

  @ParameterizedTest
  @NullSource
  @EmptySource
  @ValueSource(strings = {" ", "garbage", "a.b.c", "e30.e30.e30", "....", "Bearer x.y.z"})
  void garbageIsMalformed(String token) {
    assertRejected(rsaVerifier, token, Reason.MALFORMED);
  }

  @Test
  void payloadThatIsNoJsonObjectIsMalformed() {
    String token =
        TestTokens.sign(
            header(JWSAlgorithm.RS256).build(),
            "not json",
            new RSASSASigner(TestKeys.RSA.getPrivate()));

    assertRejected(rsaVerifier, token, Reason.MALFORMED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"at+jwt", "JOSE", "JWE"})
  void typOtherThanJwtIsRejected(String typ) {
    String token =
        TestTokens.sign(
            header(JWSAlgorithm.RS256).type(new JOSEObjectType(typ)).build(),
            claims,
            new RSASSASigner(TestKeys.RSA.getPrivate()));

    assertRejected(rsaVerifier, token, Reason.MALFORMED);
  }
}
