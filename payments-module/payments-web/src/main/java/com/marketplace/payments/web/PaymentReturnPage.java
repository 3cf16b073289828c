package com.marketplace.payments.web;

import com.marketplace.common.error.ApiException;
import com.marketplace.common.web.FrontendPage;
import com.marketplace.payments.application.PaymentChange;
import com.marketplace.payments.application.PaymentReturn;
import com.marketplace.payments.web.spelling.PaymentSpellings;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The callback routes as the place Stripe's payment page sends the browser back to: {@code GET
 * …?payment_intent=…&payment_intent_client_secret=…&redirect_status=…}. Payments verifies the
 * return ({@code Payments.returned}); the browser is then sent on (303) to the marketplace
 * frontend's page configured under the module's key, with the order's id (when the return was
 * genuine) and the {@code outcome}. {@code redirect_status} is not read: the outcome is what Stripe
 * says when asked.
 *
 * <p>The {@code outcome}: {@code paid}, {@code processing}, {@code requiresAction}, {@code failed}
 * (the payment did not go through; the order stays payable), {@code canceled}, {@code refunded},
 * {@code partiallyRefunded}, or {@code invalid} (the return was refused; nothing changed).
 */
public final class PaymentReturnPage {

  private PaymentReturnPage() {}

  /**
   * @param configKey the module's MicroProfile Config key of its frontend page
   * @param idName the order id's name in the page's query, e.g. {@code enrollmentId}
   */
  public static Response answer(
      String configKey, String idName, String paymentIntentId, Supplier<PaymentReturn> verify) {
    FrontendPage page =
        FrontendPage.configured(configKey)
            .orElseThrow(
                () ->
                    new ApiException(
                        404,
                        "errMsg_paymentReturnPageNotConfigured",
                        "No frontend page is configured for payment returns (" + configKey + ")"));
    if (paymentIntentId == null || paymentIntentId.isBlank()) {
      throw ApiException.badRequest(
          "errMsg_payment_intentIsRequired",
          "payment_intent is required: this GET is where Stripe's payment page returns to");
    }
    PaymentReturn back = verify.get();
    Map<String, String> query = new LinkedHashMap<>();
    if (back.genuine()) {
      query.put(idName, back.orderId().toString());
    }
    query.put("outcome", outcome(back));
    return page.seeOther(query);
  }

  /**
   * The spec's statusLiteral of the payment, except that one still pending after Stripe's page has
   * failed, and a refused return is {@code invalid}.
   */
  static String outcome(PaymentReturn back) {
    if (!back.genuine()) {
      return "invalid";
    }
    return back.status() == PaymentChange.Status.PENDING
        ? "failed"
        : PaymentSpellings.STATUS_LITERAL.literal(back.status());
  }
}
