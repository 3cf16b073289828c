package com.marketplace.common.messaging;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a module's events go: its outbox table ({@code <schema>.outbox_event}, in the module's own
 * schema, written in the module's transactions) and the JMS topic the relay sends them to.
 *
 * @param schema the module's schema, e.g. {@code booking}
 * @param topic a physical topic name, e.g. {@code bookingEvents}
 */
public record EventChannel(String schema, String topic) {

  private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]*");

  public EventChannel {
    Objects.requireNonNull(topic, "topic");
    // the schema is spliced into SQL: only a plain identifier is accepted
    if (schema == null || !IDENTIFIER.matcher(schema).matches()) {
      throw new IllegalArgumentException("Not a schema name: " + schema);
    }
  }

  /** The outbox table, schema-qualified. */
  public String table() {
    return schema + ".outbox_event";
  }
}
