package com.marketplace.booking.infrastructure.ical;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.marketplace.common.error.ApiException;
import java.net.InetAddress;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IcalFetcherTest {

  @ParameterizedTest(name = "{0} internal: {1}")
  @CsvSource({
    "127.0.0.1, true",
    "10.1.2.3, true",
    "172.16.0.1, true",
    "192.168.1.1, true",
    "169.254.169.254, true",
    "100.64.0.1, true",
    "0.0.0.0, true",
    "::1, true",
    "fd00::1, true",
    "fe80::1, true",
    "8.8.8.8, false",
    "2001:4860:4860::8888, false"
  })
  void recognisesInternalAddresses(String address, boolean internal) throws Exception {
    assertThat(IcalFetcher.isInternal(InetAddress.getByName(address)), is(internal));
  }

  @Test
  void refusesInternalHostsUnlessAllowed() {
    assertThat(
        assertThrows(ApiException.class, () -> IcalFetcher.requirePublic("127.0.0.1", Set.of()))
            .status(),
        is(400));
    assertThrows(ApiException.class, () -> IcalFetcher.requirePublic("[::1]", Set.of()));
    assertDoesNotThrow(() -> IcalFetcher.requirePublic("127.0.0.1", Set.of("127.0.0.1")));
  }

  @Test
  void refusesOtherSchemes() {
    assertThat(
        assertThrows(ApiException.class, () -> new IcalFetcher().fetch("file:///etc/passwd"))
            .status(),
        is(400));
  }
}
