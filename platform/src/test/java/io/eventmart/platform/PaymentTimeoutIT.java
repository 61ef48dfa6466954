package io.eventmart.platform;

import static io.eventmart.contracts.order.FailureReason.PAYMENT_TIMEOUT;
import static io.eventmart.contracts.order.OrderStatus.CANCELLED;
import static io.eventmart.contracts.order.OrderStatus.FAILED;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.contracts.order.CancelledBy;
import io.eventmart.contracts.order.OrderCommand.CancelOrder;
import io.eventmart.contracts.payment.PaymentStatus;
import io.eventmart.contracts.product.StockLevels;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A payment gateway that never answers ({@code tok_timeout}): the saga's deadline decides. */
@PlatformTest
class PaymentTimeoutIT {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    PlatformServers.register(registry, "platform_payment_timeout");
  }

  @Autowired Shop shop;

  @Test
  void failsPaymentTimeoutVoidsThePaymentAndReleasesTheStock() {
    var kettle = shop.product("Kettle", "39.90", 5);

    UUID order = shop.order("tok_timeout", kettle.line(2));

    shop.awaitOrder(order, FAILED);
    assertThat(shop.failureReason(order)).contains(PAYMENT_TIMEOUT);
    shop.awaitPayment(order, PaymentStatus.VOIDED);
    shop.awaitStock(kettle.id(), StockLevels.of(5, 0));
  }

  @Test
  void voidsThePendingPaymentWhenTheCustomerCancelsWhileItIsOutstanding() {
    var kettle = shop.product("Kettle", "39.90", 5);
    UUID order = shop.order("tok_timeout", kettle.line(1));
    shop.awaitPayment(order, PaymentStatus.PENDING);

    shop.send(new CancelOrder(order, CancelledBy.CUSTOMER, "took too long"));

    shop.awaitOrder(order, CANCELLED);
    shop.awaitPayment(order, PaymentStatus.VOIDED);
    shop.awaitStock(kettle.id(), StockLevels.of(5, 0));
  }
}
