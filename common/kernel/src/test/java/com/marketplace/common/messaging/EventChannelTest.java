package com.marketplace.common.messaging;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EventChannelTest {

  @Test
  void namesTheOutboxInTheModulesSchema() {
    assertThat(new EventChannel("booking", "bookingEvents").table(), is("booking.outbox_event"));
  }

  @Test
  void refusesASchemaThatIsNotAPlainIdentifier() {
    for (String schema : new String[] {"booking; drop table x", "Booking", "", "1x", "a.b"}) {
      assertThrows(
          IllegalArgumentException.class, () -> new EventChannel(schema, "bookingEvents"), schema);
    }
  }
}
