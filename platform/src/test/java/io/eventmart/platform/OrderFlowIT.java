package io.eventmart.platform;

import static io.eventmart.contracts.order.OrderStatus.CANCELLED;
import static io.eventmart.contracts.order.OrderStatus.CONFIRMED;
import static io.eventmart.contracts.order.OrderStatus.DELIVERED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.error.ErrorKind;
import io.eventmart.contracts.metadata.EventMetadata;
import io.eventmart.contracts.order.CancelledBy;
import io.eventmart.contracts.order.OrderCommand.CancelOrder;
import io.eventmart.contracts.order.OrderCommand.DeliverOrder;
import io.eventmart.contracts.order.OrderCommand.ShipOrder;
import io.eventmart.contracts.order.OrderCommand.StartOrderProcessing;
import io.eventmart.contracts.payment.PaymentEvent.PaymentCaptured;
import io.eventmart.contracts.payment.PaymentStatus;
import io.eventmart.contracts.product.StockLevels;
import io.eventmart.support.command.CommandFailures;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** An order's life when everything goes right, and what the customer and admins do with it. */
@PlatformTest
class OrderFlowIT {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    PlatformServers.register(registry, "platform_order_flow");
  }

  @Autowired Shop shop;

  @Test
  void confirmsAnOrderOnceItsStockIsHeldAndItsPaymentCaptured() {
    var kettle = shop.product("Kettle", "39.90", 10);
    var mug = shop.product("Mug", "9.50", 10);

    UUID order = shop.order("tok_visa", kettle.line(1), mug.line(2));

    shop.awaitOrder(order, CONFIRMED);
    assertThat(shop.stock(kettle.id())).isEqualTo(StockLevels.of(10, 1));
    assertThat(shop.stock(mug.id())).isEqualTo(StockLevels.of(10, 2));
    assertThat(shop.paymentStatus(order)).isEqualTo(PaymentStatus.CAPTURED);
    assertThat(shop.payloads(shop.paymentOf(order)))
        .filteredOn(PaymentCaptured.class::isInstance)
        .singleElement()
        .extracting(e -> ((PaymentCaptured) e).amount())
        .isEqualTo(Money.of("58.90", "EUR"));
  }

  @Test
  void approvesMastercardToo() {
    var lamp = shop.product("Lamp", "25.00", 3);

    UUID order = shop.order("tok_mastercard", lamp.line(1));

    shop.awaitOrder(order, CONFIRMED);
  }

  @Test
  void refundsThePaymentAndReleasesTheStockWhenAConfirmedOrderIsCancelled() {
    var kettle = shop.product("Kettle", "39.90", 10);
    UUID order = shop.order("tok_visa", kettle.line(2));
    shop.awaitOrder(order, CONFIRMED);

    shop.send(new CancelOrder(order, CancelledBy.CUSTOMER, "changed my mind"));

    shop.awaitOrder(order, CANCELLED);
    shop.awaitPayment(order, PaymentStatus.REFUNDED);
    shop.awaitStock(kettle.id(), StockLevels.of(10, 0));
  }

  @Test
  void refundsAnOrderCancelledByAnAdminWhileItIsBeingProcessed() {
    var kettle = shop.product("Kettle", "39.90", 10);
    UUID order = shop.order("tok_visa", kettle.line(1));
    shop.awaitOrder(order, CONFIRMED);
    shop.send(new StartOrderProcessing(order));

    shop.send(new CancelOrder(order, CancelledBy.ADMIN, "damaged in the warehouse"));

    shop.awaitOrder(order, CANCELLED);
    shop.awaitPayment(order, PaymentStatus.REFUNDED);
    shop.awaitStock(kettle.id(), StockLevels.of(10, 0));
  }

  @Test
  void takesTheStockOutOfTheWarehouseWhenTheOrderShips() {
    var kettle = shop.product("Kettle", "39.90", 10);
    UUID order = shop.order("tok_visa", kettle.line(3));
    shop.awaitOrder(order, CONFIRMED);

    shop.send(new StartOrderProcessing(order));
    shop.send(new ShipOrder(order));
    shop.send(new DeliverOrder(order));

    assertThat(shop.orderStatus(order)).isEqualTo(DELIVERED);
    shop.awaitStock(kettle.id(), StockLevels.of(7, 0));
  }

  @Test
  void refusesAnIllegalTransitionAndNamesTheCurrentStatus() {
    var kettle = shop.product("Kettle", "39.90", 10);
    UUID order = shop.order("tok_visa", kettle.line(1));
    shop.awaitOrder(order, CONFIRMED);

    assertThatThrownBy(() -> shop.send(new ShipOrder(order)))
        .satisfies(
            failure -> {
              var error = CommandFailures.domainErrorOf(failure).orElseThrow();
              assertThat(error.kind()).isEqualTo(ErrorKind.CONFLICT);
              assertThat(error.details()).containsEntry("currentStatus", "CONFIRMED");
            });
    assertThat(shop.orderStatus(order)).isEqualTo(CONFIRMED);
  }

  @Test
  void marksEveryEventOneRequestCausedWithItsCorrelationId() {
    var kettle = shop.product("Kettle", "39.90", 10);
    String requestId = "request-" + UUID.randomUUID();

    UUID order = shop.order(UUID.randomUUID(), "tok_visa", requestId, kettle.line(1));
    shop.awaitOrder(order, CONFIRMED);
    shop.awaitPayment(order, PaymentStatus.CAPTURED);

    var caused =
        Stream.of(order, kettle.id(), shop.paymentOf(order))
            .flatMap(id -> shop.history(id).stream())
            .filter(m -> requestId.equals(m.getMetaData().get(EventMetadata.CORRELATION_ID)))
            .map(m -> m.getPayloadType().getSimpleName())
            .toList();
    assertThat(caused)
        .contains(
            "OrderPlaced",
            "StockReserved",
            "PaymentRequested",
            "PaymentAuthorized",
            "PaymentCaptured",
            "OrderConfirmed");
    assertThat(shop.history(order))
        .allSatisfy(
            m -> {
              assertThat(m.getMetaData()).containsKey(EventMetadata.CAUSATION_ID);
              assertThat(m.getMetaData().get(EventMetadata.CORRELATION_ID)).isEqualTo(requestId);
            });
  }
}
