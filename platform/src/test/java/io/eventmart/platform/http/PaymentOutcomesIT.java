package io.eventmart.platform.http;

import static io.eventmart.platform.http.ShopHttp.item;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.platform.EventMartPlatform;
import io.eventmart.platform.http.ShopHttp.User;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * What each payment token of the gateway simulator does to an order placed over HTTP, as the order
 * stream, the order and its payment show it — with a short payment deadline, so that a gateway that
 * never answers fails the order within the test.
 */
@SpringBootTest(
    classes = EventMartPlatform.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "eventmart.order.saga.payment-timeout=" + PaymentOutcomesIT.PAYMENT_TIMEOUT)
@DirtiesContext
class PaymentOutcomesIT {

  static final String PAYMENT_TIMEOUT = "5s";

  @DynamicPropertySource
  static void servers(DynamicPropertyRegistry registry) {
    ShopHttp.registerServers(registry, "http_payments");
  }

  @LocalServerPort int port;
  private ShopHttp shop;

  @BeforeEach
  void client() {
    shop = new ShopHttp(port);
  }

  @ParameterizedTest(name = "{0} → {1} {2}, payment {3}")
  @CsvSource(
      nullValues = "none",
      value = {
        "tok_visa,               CONFIRMED, none,             CAPTURED",
        "tok_mastercard,         CONFIRMED, none,             CAPTURED",
        "tok_flaky,              CONFIRMED, none,             CAPTURED",
        "tok_declined,           FAILED,    PAYMENT_DECLINED, DECLINED",
        "tok_insufficient_funds, FAILED,    PAYMENT_DECLINED, DECLINED",
        "tok_timeout,            FAILED,    PAYMENT_TIMEOUT,  none"
      })
  void eachPaymentTokenLeadsToItsOutcome(
      String token, String orderStatus, String failureReason, String paymentStatus) {
    User customer = shop.customer();
    UUID product = shop.product("Paid with " + token, "19.99", 10);

    UUID orderId = shop.placeOrder(customer, token, List.of(item(product, 2)));

    List<String> statuses =
        shop.events(customer, "/api/orders/" + orderId + "/stream", null)
            .filter(event -> "order-status".equals(event.event()))
            .map(event -> event.data().path("status").asString())
            .takeUntil(orderStatus::equals)
            .collectList()
            .block(ShopHttp.PATIENCE);
    assertThat(statuses).containsExactly("PENDING", orderStatus);

    JsonNode order = shop.awaitOrder(customer, orderId, orderStatus);
    assertThat(order.path("failureReason").isNull() ? null : order.path("failureReason").asString())
        .isEqualTo(failureReason);
    if (paymentStatus != null) {
      JsonNode payment = shop.awaitPayment(customer, orderId, paymentStatus);
      assertThat(payment.path("amount").decimalValue()).isEqualByComparingTo("39.98");
    }
    int expectedAvailable = "CONFIRMED".equals(orderStatus) ? 8 : 10;
    shop.awaitJson(
        null,
        "/api/inventory/" + product,
        stock ->
            stock.path("available").asInt() == expectedAvailable
                && stock.path("reserved").asInt() == 10 - expectedAvailable);
  }
}
