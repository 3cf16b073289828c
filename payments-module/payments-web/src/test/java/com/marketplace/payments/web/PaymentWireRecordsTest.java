package com.marketplace.payments.web;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.marketplace.payments.application.PaymentChange;
import com.marketplace.payments.application.PaymentResult;
import com.marketplace.payments.application.PaymentTicketView;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The payment routes' wire records write exactly what the views wrote when they carried the spec's
 * words as strings: the same fields, names, types and values, so the bodies are byte for byte the
 * same. The old shapes are kept here as records to compare with.
 */
public class PaymentWireRecordsTest {

  private static final Jsonb JSON = JsonbBuilder.create();
  private static final UUID TICKET = UUID.fromString("6f1c2a52-7d0e-4d5a-9f57-0c2c1b0b7e11");
  private static final UUID OWNER = UUID.fromString("0b8f3c57-51a4-4f0c-8a57-5f7f0e2d9a01");
  private static final UUID ORDER = UUID.fromString("c9d1a3f4-2b6e-4e2a-b1d8-7a4f6e3c2d10");
  private static final OffsetDateTime CREATED =
      OffsetDateTime.of(2026, 11, 28, 5, 10, 0, 0, ZoneOffset.UTC);

  /** PaymentTicketView as it was, with the spec's words as strings. */
  public record TicketAsItWas(
      UUID id,
      UUID ownerId,
      UUID orderId,
      String paymentId,
      String paymentStatus,
      String statusLiteral,
      String redirectUrl,
      String disputeStatus,
      boolean isActive,
      int recordVersion,
      OffsetDateTime createdAt,
      OffsetDateTime updatedAt,
      UUID _owner) {}

  /** PaymentResult as it was. */
  public record ResultAsItWas(
      UUID paymentTicketId,
      UUID orderId,
      String paymentId,
      String paymentStatus,
      Map<String, Object> paymentIntentInfo,
      String statusLiteral,
      BigDecimal amount,
      String currency,
      boolean success,
      String description,
      Map<String, String> metadata,
      Map<String, Object> paymentUserParams) {}

  @Test
  void aTicketIsWrittenAsTheViewWroteIt() {
    PaymentTicketView view =
        new PaymentTicketView(
            TICKET,
            OWNER,
            ORDER,
            "pi_1",
            "succeeded",
            PaymentChange.Status.PARTIALLY_REFUNDED,
            "https://shop.example/back",
            PaymentChange.DisputeStatus.WARNING_NEEDS_RESPONSE,
            true,
            3,
            CREATED,
            CREATED.plusMinutes(5),
            OWNER);
    TicketAsItWas before =
        new TicketAsItWas(
            TICKET,
            OWNER,
            ORDER,
            "pi_1",
            "succeeded",
            "partiallyRefunded",
            "https://shop.example/back",
            "warning_needs_response",
            true,
            3,
            CREATED,
            CREATED.plusMinutes(5),
            OWNER);

    String written = JSON.toJson(PaymentTicketJson.of(view));

    assertThat(written, is(JSON.toJson(before)));
    assertThat(written, containsString("\"statusLiteral\":\"partiallyRefunded\""));
  }

  @Test
  void aTicketWithoutPaymentOrDisputeLeavesThoseFieldsOutAsBefore() {
    PaymentTicketView view =
        new PaymentTicketView(
            TICKET,
            OWNER,
            ORDER,
            null,
            null,
            PaymentChange.Status.PENDING,
            null,
            null,
            false,
            0,
            CREATED,
            CREATED,
            OWNER);
    TicketAsItWas before =
        new TicketAsItWas(
            TICKET, OWNER, ORDER, null, null, "pending", null, null, false, 0, CREATED, CREATED,
            OWNER);

    String written = JSON.toJson(PaymentTicketJson.of(view));

    assertThat(written, is(JSON.toJson(before)));
    assertThat(written, not(containsString("disputeStatus")));
  }

  @Test
  void aPaymentResultIsWrittenAsItWas() {
    Map<String, Object> intent = new LinkedHashMap<>();
    intent.put("clientSecret", "pi_1_secret_x");
    intent.put("nextActionType", "redirect_to_url");
    Map<String, String> metadata = Map.of("orderType", "reservation", "orderId", ORDER.toString());
    Map<String, Object> userParams = Map.of("paymentMethodId", "pm_card_threeDSecure2Required");
    PaymentResult result =
        new PaymentResult(
            TICKET,
            ORDER,
            "pi_1",
            "requires_action",
            intent,
            PaymentChange.Status.REQUIRES_ACTION,
            new BigDecimal("120.50"),
            "EUR",
            false,
            "2 nights",
            metadata,
            userParams);
    ResultAsItWas before =
        new ResultAsItWas(
            TICKET,
            ORDER,
            "pi_1",
            "requires_action",
            intent,
            "requiresAction",
            new BigDecimal("120.50"),
            "EUR",
            false,
            "2 nights",
            metadata,
            userParams);

    String written = JSON.toJson(PaymentResultJson.of(result));

    assertThat(written, is(JSON.toJson(before)));
    assertThat(written, containsString("\"statusLiteral\":\"requiresAction\""));
  }

  @Test
  void everyStatusIsWrittenAsItsStatusLiteral() {
    Map<PaymentChange.Status, String> expected = new LinkedHashMap<>();
    expected.put(PaymentChange.Status.PENDING, "pending");
    expected.put(PaymentChange.Status.REQUIRES_ACTION, "requiresAction");
    expected.put(PaymentChange.Status.PROCESSING, "processing");
    expected.put(PaymentChange.Status.PAID, "paid");
    expected.put(PaymentChange.Status.PARTIALLY_REFUNDED, "partiallyRefunded");
    expected.put(PaymentChange.Status.REFUNDED, "refunded");
    expected.put(PaymentChange.Status.CANCELED, "canceled");
    expected.forEach(
        (status, word) ->
            assertThat(
                PaymentTicketJson.of(
                        new PaymentTicketView(
                            TICKET, OWNER, ORDER, null, null, status, null, null, true, 0, CREATED,
                            CREATED, OWNER))
                    .statusLiteral(),
                is(word)));
  }
}
