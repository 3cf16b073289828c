package com.marketplace.it.shop;

import com.marketplace.it.probe.ProbeAuthentication;
import com.marketplace.it.support.Platform;
import com.marketplace.it.support.TestDatabase;
import com.marketplace.it.support.Tokens;
import com.marketplace.payments.web.PaymentResultJson;
import io.restassured.response.Response;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** A buyer at the test-only probe shop, whose orders payments charges and refunds. */
public final class Shop {

  private final Tokens.User buyer;

  public Shop(Tokens.User buyer) {
    this.buyer = buyer;
  }

  /** The real EAR with the probe shop's web module added. */
  public static EnterpriseArchive ear() {
    WebArchive shop =
        ShrinkWrap.create(WebArchive.class, "shop.war")
            .addClasses(
                ShopApplication.class,
                ShopResource.class,
                ProbeShop.class,
                ProbeAuthentication.class,
                // the wire record a module's payment route answers (payments-web, in its WAR)
                PaymentResultJson.class)
            .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    return Platform.ear().addAsModule(shop);
  }

  public String open(long amountMinor) {
    return open(amountMinor, 0);
  }

  /** An order whose module takes {@code reactionMillis} to react to each payment change. */
  public String open(long amountMinor, long reactionMillis) {
    return Platform.as(buyer, "shop")
        .body(
            Map.of("amountMinor", amountMinor, "currency", "EUR", "reactionMillis", reactionMillis))
        .post("/orders")
        .then()
        .statusCode(200)
        .extract()
        .path("id");
  }

  public Response start(String order, String paymentMethod) {
    return Platform.as(buyer, "shop")
        .body(Map.of("paymentUserParams", Map.of("paymentMethodId", paymentMethod)))
        .patch("/v1/startprobepayment/" + order);
  }

  /** Refunds {@code amountMinor} of the order, or all that is left when null. */
  public Response refund(String order, Integer amountMinor) {
    Map<String, Object> body = amountMinor == null ? Map.of() : Map.of("amountMinor", amountMinor);
    return Platform.as(buyer, "shop").body(body).post("/orders/" + order + "/refunds");
  }

  /** The order module's next {@code times} reactions to payment changes fail. */
  public void failNextReactions(String order, int times) {
    Platform.as(buyer, "shop")
        .body(Map.of("times", times))
        .post("/orders/" + order + "/failures")
        .then()
        .statusCode(200);
  }

  /** The statusLiterals the order module heard, in order. */
  public List<String> changesOf(String order) {
    return Platform.as(buyer, "shop")
        .get("/orders/" + order + "/changes")
        .then()
        .extract()
        .jsonPath()
        .getList("$");
  }

  /** A column of the order's payment ticket, as text. */
  public static String ticket(String order, String column) throws SQLException {
    return TestDatabase.column(
            "select " + column + "::text from payments.payment_ticket where order_id = ?::uuid",
            order)
        .get(0);
  }
}
