package com.marketplace.payments.stripe.emulator;

/** The kinds of objects the emulator keeps, with Stripe's id prefix and "No such ..." wording. */
enum ObjectKind {
  CUSTOMER("cus", "customer", "customer"),
  PAYMENT_METHOD("pm", "payment_method", "PaymentMethod"),
  PAYMENT_INTENT("pi", "payment_intent", "payment_intent"),
  CHARGE("ch", "charge", "charge"),
  REFUND("re", "refund", "refund"),
  EVENT("evt", "event", "event");

  final String prefix;
  final String objectName;
  private final String missingName;

  ObjectKind(String prefix, String objectName, String missingName) {
    this.prefix = prefix;
    this.objectName = objectName;
    this.missingName = missingName;
  }

  /** The kind an id belongs to, by prefix; null for ids the emulator never issues. */
  static ObjectKind ofId(String id) {
    for (ObjectKind kind : values()) {
      if (id != null && id.startsWith(kind.prefix + "_")) {
        return kind;
      }
    }
    return null;
  }

  StripeApiError missing(String id, String param) {
    return StripeApiError.resourceMissing("No such " + missingName + ": '" + id + "'", param);
  }
}
