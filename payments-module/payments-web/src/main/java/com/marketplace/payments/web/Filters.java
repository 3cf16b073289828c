package com.marketplace.payments.web;

import com.marketplace.common.api.Envelope;
import java.util.List;

/** The filters a list envelope echoes: those the client gave. */
final class Filters {

  private Filters() {}

  static void add(List<Envelope.Filter> filters, String name, Object value) {
    if (value != null) {
      filters.add(new Envelope.Filter(name, value));
    }
  }
}
