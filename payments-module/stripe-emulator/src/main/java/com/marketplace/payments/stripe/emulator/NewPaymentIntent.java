package com.marketplace.payments.stripe.emulator;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;

/** Builds a new PaymentIntent from the create parameters that do not need the store. */
final class NewPaymentIntent {

  private static final List<String> CAPTURE_METHODS = List.of("automatic", "automatic_async");

  private NewPaymentIntent() {}

  static JsonObject from(Params params) {
    String id = Ids.next(ObjectKind.PAYMENT_INTENT.prefix);
    return Json.object(
        "id",
        id,
        "object",
        "payment_intent",
        "amount",
        Money.amount(params, "amount"),
        "amount_capturable",
        0,
        "amount_received",
        0,
        "application",
        null,
        "application_fee_amount",
        null,
        "automatic_payment_methods",
        automaticPaymentMethods(params),
        "canceled_at",
        null,
        "cancellation_reason",
        null,
        "capture_method",
        captureMethod(params),
        "client_secret",
        Ids.clientSecret(id),
        "confirmation_method",
        "automatic",
        "created",
        Json.now(),
        "currency",
        Money.currency(params, "currency"),
        "customer",
        null,
        "description",
        params.string("description"),
        "last_payment_error",
        null,
        "latest_charge",
        null,
        "livemode",
        false,
        "metadata",
        new JsonObject(),
        "next_action",
        null,
        "on_behalf_of",
        null,
        "payment_method",
        null,
        "payment_method_types",
        paymentMethodTypes(params),
        "processing",
        null,
        "receipt_email",
        params.string("receipt_email"),
        "review",
        null,
        "setup_future_usage",
        params.oneOf("setup_future_usage", List.of("on_session", "off_session")),
        "shipping",
        null,
        "statement_descriptor",
        params.string("statement_descriptor"),
        "statement_descriptor_suffix",
        params.string("statement_descriptor_suffix"),
        "status",
        "requires_payment_method",
        "transfer_data",
        null,
        "transfer_group",
        null);
  }

  private static JsonObject automaticPaymentMethods(Params params) {
    Params automatic = params.nested("automatic_payment_methods");
    if (!automatic.bool("enabled")) {
      return null;
    }
    if (params.has("payment_method_types")) {
      throw params.invalid(
          "You may only specify one of these parameters: automatic_payment_methods, "
              + "payment_method_types.",
          "payment_method_types");
    }
    String redirects = automatic.oneOf("allow_redirects", List.of("always", "never"));
    return Json.object(
        "allow_redirects", redirects == null ? "always" : redirects, "enabled", true);
  }

  /** Only cards can be confirmed here, but other types are kept so the check at confirm bites. */
  private static JsonArray paymentMethodTypes(Params params) {
    JsonArray types = new JsonArray();
    params.list("payment_method_types").forEach(types::add);
    if (types.isEmpty()) {
      types.add("card");
    }
    return types;
  }

  /** Manual capture (authorize now, capture later) is not emulated, so it is refused loudly. */
  private static String captureMethod(Params params) {
    String method = params.string("capture_method");
    if (method != null && !CAPTURE_METHODS.contains(method)) {
      throw params.invalid(
          "The emulator supports capture_method automatic and automatic_async only.",
          "capture_method");
    }
    return method == null ? "automatic_async" : method;
  }
}
