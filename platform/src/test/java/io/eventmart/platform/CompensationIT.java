package io.eventmart.platform;

import static io.eventmart.contracts.order.FailureReason.OUT_OF_STOCK;
import static io.eventmart.contracts.order.FailureReason.PAYMENT_DECLINED;
import static io.eventmart.contracts.order.OrderStatus.CONFIRMED;
import static io.eventmart.contracts.order.OrderStatus.FAILED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventmart.contracts.error.ErrorKind;
import io.eventmart.contracts.payment.PaymentStatus;
import io.eventmart.contracts.product.ProductCommand.DiscontinueProduct;
import io.eventmart.contracts.product.StockEvent;
import io.eventmart.contracts.product.StockLevels;
import io.eventmart.support.command.CommandFailures;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every way the order saga can fail before confirmation, and what it gives back each time: held
 * stock is released and no money stays taken.
 */
@PlatformTest
class CompensationIT {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    PlatformServers.register(registry, "platform_compensation");
  }

  @Autowired Shop shop;

  @Test
  void failsOutOfStockAndReleasesTheLinesThatWereReserved() {
    var scarce = shop.product("Limited print", "120.00", 1);
    var plenty = shop.product("Postcard", "2.50", 10);

    UUID order = shop.order("tok_visa", scarce.line(2), plenty.line(3));

    shop.awaitOrder(order, FAILED);
    assertThat(shop.failureReason(order)).contains(OUT_OF_STOCK);
    shop.awaitStock(plenty.id(), StockLevels.of(10, 0));
    assertThat(shop.stock(scarce.id())).isEqualTo(StockLevels.of(1, 0));
    assertThat(shop.payloads(scarce.id()))
        .anyMatch(StockEvent.StockReservationRejected.class::isInstance);
    assertThat(shop.paymentStatus(order)).as("no payment was ever requested").isNull();
  }

  @Test
  void failsPaymentDeclinedAndReleasesAllStock() {
    var kettle = shop.product("Kettle", "39.90", 5);

    UUID order = shop.order("tok_declined", kettle.line(2));

    shop.awaitOrder(order, FAILED);
    assertThat(shop.failureReason(order)).contains(PAYMENT_DECLINED);
    assertThat(shop.paymentStatus(order)).isEqualTo(PaymentStatus.DECLINED);
    shop.awaitStock(kettle.id(), StockLevels.of(5, 0));
  }

  @Test
  void failsPaymentDeclinedForInsufficientFunds() {
    var kettle = shop.product("Kettle", "39.90", 5);

    UUID order = shop.order("tok_insufficient_funds", kettle.line(1));

    shop.awaitOrder(order, FAILED);
    assertThat(shop.failureReason(order)).contains(PAYMENT_DECLINED);
    assertThat(shop.paymentStatus(order)).isEqualTo(PaymentStatus.DECLINED);
    shop.awaitStock(kettle.id(), StockLevels.of(5, 0));
  }

  @Test
  void getsAFlakyPaymentThroughByRetrying() {
    var kettle = shop.product("Kettle", "39.90", 5);

    UUID order = shop.order("tok_flaky", kettle.line(1));

    shop.awaitOrder(order, CONFIRMED);
    assertThat(shop.paymentStatus(order)).isEqualTo(PaymentStatus.CAPTURED);
    assertThat(shop.stock(kettle.id())).isEqualTo(StockLevels.of(5, 1));
  }

  @Test
  void refusesAnOrderForADiscontinuedProductBeforeAnythingHappens() {
    var retired = shop.product("Retired model", "10.00", 5);
    var current = shop.product("Current model", "12.00", 5);
    shop.send(new DiscontinueProduct(retired.id()));
    UUID customer = UUID.randomUUID();

    assertThatThrownBy(
            () -> shop.order(customer, "tok_visa", "request-1", retired.line(1), current.line(1)))
        .satisfies(
            failure -> {
              var error = CommandFailures.domainErrorOf(failure).orElseThrow();
              assertThat(error.code()).isEqualTo("order.product-unavailable");
              assertThat(error.kind()).isEqualTo(ErrorKind.REJECTED);
            });
    assertThat(shop.stock(current.id())).isEqualTo(StockLevels.of(5, 0));
    assertThat(shop.payloads(current.id())).noneMatch(StockEvent.StockReserved.class::isInstance);
  }

  @Test
  void refusesAnOrderForAProductThatDoesNotExist() {
    var real = shop.product("Real thing", "12.00", 5);
    var imaginary = new Shop.Product(UUID.randomUUID(), "Imaginary", real.price());

    assertThatThrownBy(() -> shop.order("tok_visa", real.line(1), imaginary.line(1)))
        .satisfies(
            failure ->
                assertThat(CommandFailures.domainErrorOf(failure).orElseThrow().code())
                    .isEqualTo("order.unknown-product"));
    assertThat(shop.stock(real.id())).isEqualTo(StockLevels.of(5, 0));
  }
}
