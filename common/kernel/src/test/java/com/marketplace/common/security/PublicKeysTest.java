package com.marketplace.common.security;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicKeysTest {

  @Test
  void rsaKeySurvivesAPemRoundTrip() {
    PublicKey parsed = PublicKeys.parsePem(TestKeys.pem(TestKeys.RSA.getPublic()));

    assertThat(parsed, instanceOf(RSAPublicKey.class));
    assertThat(parsed, is(TestKeys.RSA.getPublic()));
  }

  @Test
  void ecKeySurvivesAPemRoundTrip() {
    PublicKey parsed = PublicKeys.parsePem(TestKeys.pem(TestKeys.EC.getPublic()));

    assertThat(parsed, instanceOf(ECPublicKey.class));
    assertThat(parsed, is(TestKeys.EC.getPublic()));
  }

  @Test
  void pemMayComeWithWindowsLineEndsAndSurroundingBlanks() {
    String pem = "\r\n  " + TestKeys.pem(TestKeys.EC.getPublic()).replace("\n", "\r\n") + "\n\n";

    assertThat(PublicKeys.parsePem(pem), is(TestKeys.EC.getPublic()));
  }

  @Test
  void pemOnOneLineIsAccepted() {
    String base64 = Base64.getEncoder().encodeToString(TestKeys.RSA.getPublic().getEncoded());
    String pem = "-----BEGIN PUBLIC KEY-----" + base64 + "-----END PUBLIC KEY-----";

    assertThat(PublicKeys.parsePem(pem), is(TestKeys.RSA.getPublic()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "garbage",
        "-----BEGIN PUBLIC KEY-----",
        "-----BEGIN PUBLIC KEY-----\n-----END PUBLIC KEY-----",
        "-----BEGIN PUBLIC KEY-----\n!!not base64!!\n-----END PUBLIC KEY-----",
        "-----BEGIN PUBLIC KEY-----\nAAECAwQFBgcICQ==\n-----END PUBLIC KEY-----",
        "-----BEGIN RSA PUBLIC KEY-----\nAAECAwQFBgcICQ==\n-----END RSA PUBLIC KEY-----"
      })
  void garbageIsRejected(String pem) {
    assertThrows(IllegalArgumentException.class, () -> PublicKeys.parsePem(pem));
  }

  @Test
  void twoConcatenatedBlocksAreRejected() {
    String pem = TestKeys.pem(TestKeys.RSA.getPublic()) + TestKeys.pem(TestKeys.EC.getPublic());

    assertThrows(IllegalArgumentException.class, () -> PublicKeys.parsePem(pem));
  }

  @Test
  void ecKeyOnAnotherCurveIsRejected() {
    String pem = TestKeys.pem(TestKeys.ec("secp384r1").getPublic());

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PublicKeys.parsePem(pem));

    assertThat(e.getMessage(), containsString("P-256"));
  }

  @Test
  void shortRsaKeyIsRejected() {
    String pem = TestKeys.pem(TestKeys.rsa(1024).getPublic());

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PublicKeys.parsePem(pem));

    assertThat(e.getMessage(), containsString("2048"));
  }

  @Test
  void fingerprintIsLowerCaseHexSha256() {
    assertThat(
        PublicKeys.sha256Fingerprint(TestKeys.RSA.getPublic()), matchesPattern("[0-9a-f]{64}"));
  }

  @Test
  void fingerprintIsStableAcrossParses() {
    PublicKey reparsed = PublicKeys.parsePem(TestKeys.pem(TestKeys.EC.getPublic()));

    assertThat(
        PublicKeys.sha256Fingerprint(reparsed),
        is(PublicKeys.sha256Fingerprint(TestKeys.EC.getPublic())));
  }

  @Test
  void fingerprintTellsKeysApart() {
    assertThat(
        PublicKeys.sha256Fingerprint(TestKeys.RSA.getPublic()),
        not(PublicKeys.sha256Fingerprint(TestKeys.RSA_NEXT.getPublic())));
  }
}
