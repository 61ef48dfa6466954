package io.eventmart.order.order;

import static io.eventmart.order.testdata.CommandValidation.beanValidation;
import static io.eventmart.order.testdata.OrderBuilder.CARD_TOKEN;
import static io.eventmart.order.testdata.OrderBuilder.anOrder;
import static io.eventmart.order.testdata.TokenLeaks.eventsNotRevealing;
import static io.eventmart.testsupport.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.common.PaymentMethod;
import io.eventmart.contracts.common.ShippingAddress;
import io.eventmart.contracts.error.ErrorKind;
import io.eventmart.contracts.order.CancelledBy;
import io.eventmart.contracts.order.FailureReason;
import io.eventmart.contracts.order.OrderCommand.CancelOrder;
import io.eventmart.contracts.order.OrderCommand.ConfirmOrder;
import io.eventmart.contracts.order.OrderCommand.DeliverOrder;
import io.eventmart.contracts.order.OrderCommand.FailOrder;
import io.eventmart.contracts.order.OrderCommand.ShipOrder;
import io.eventmart.contracts.order.OrderCommand.StartOrderProcessing;
import io.eventmart.contracts.order.OrderEvent.OrderCancelled;
import io.eventmart.contracts.order.OrderEvent.OrderConfirmed;
import io.eventmart.contracts.order.OrderEvent.OrderDelivered;
import io.eventmart.contracts.order.OrderEvent.OrderFailed;
import io.eventmart.contracts.order.OrderEvent.OrderPlaced;
import io.eventmart.contracts.order.OrderEvent.OrderProcessingStarted;
import io.eventmart.contracts.order.OrderEvent.OrderShipped;
import io.eventmart.contracts.order.OrderLimits;
import io.eventmart.contracts.order.OrderLine;
import io.eventmart.contracts.order.OrderStatus;
import io.eventmart.contracts.payment.PaymentIds;
import io.eventmart.order.testdata.InMemoryPaymentMethodVault;
import io.eventmart.order.testdata.InMemoryProductCatalog;
import io.eventmart.order.testdata.OrderBuilder;
import io.eventmart.order.testdata.Products;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OrderTest {

  private final OrderBuilder order = anOrder();
  private final UUID orderId = order.id();
  private final UUID paymentId = PaymentIds.forOrder(orderId);
  private final InMemoryPaymentMethodVault vault = new InMemoryPaymentMethodVault();
  private final InMemoryProductCatalog catalog = new InMemoryProductCatalog();

  private AggregateTestFixture<Order> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Order.class);
    fixture.registerInjectableResource(vault);
    fixture.registerInjectableResource(catalog);
  }

  private OrderConfirmed confirmed() {
    return new OrderConfirmed(orderId, paymentId);
  }

  private OrderCancelled cancelledFrom(OrderStatus previousStatus) {
    return new OrderCancelled(orderId, previousStatus, CancelledBy.CUSTOMER, "changed my mind");
  }

  private OrderFailed failed() {
    return new OrderFailed(orderId, FailureReason.OUT_OF_STOCK, "Not enough stock for Blue mug");
  }

  @Nested
  class Placing {

    @Test
    void placesAnOrderWhoseTotalIsTheSumOfItsLines() {
      OrderPlaced placed = order.placed();

      fixture
          .givenNoPriorActivity()
          .when(order.placeOrder())
          .expectEvents(placed)
          .expectResultMessagePayload(orderId);

      // 2 × 12.50 + 1 × 34.00
      assertThat(placed.total()).isEqualTo(Money.of("59.00", "EUR"));
    }

    @Test
    void keepsThePaymentMethodInTheVault() {
      fixture.givenNoPriorActivity().when(order.placeOrder()).expectSuccessfulHandlerExecution();

      assertThat(vault.find(orderId)).contains(PaymentMethod.card(CARD_TOKEN));
    }

    @Test
    void neverWritesTheCardTokenIntoAnEvent() {
      fixture
          .givenNoPriorActivity()
          .when(order.placeOrder())
          .expectEventsMatching(eventsNotRevealing(CARD_TOKEN));
    }

    @Test
    void answersTheSameOrderWhenTheSamePlacementIsRepeated() {
      fixture
          .given(order.placed())
          .when(order.placeOrder())
          .expectNoEvents()
          .expectResultMessagePayload(orderId);

      assertThat(vault.isEmpty()).as("nothing stored again").isTrue();
    }

    @Test
    void answersARepeatedPlacementEvenAfterTheOrderMovedOn() {
      fixture
          .given(order.placed(), confirmed())
          .when(order.placeOrder())
          .expectNoEvents()
          .expectResultMessagePayload(orderId);
    }

    @Test
    void refusesToReuseAnIdempotencyKeyForOtherLines() {
      fixture
          .given(order.placed())
          .when(anOrder().withLines(Products.LAMP.line(1)).placeOrder())
          .expectNoEvents()
          .expectException(
              refusal(
                  IdempotencyKeyReused.CODE,
                  ErrorKind.REJECTED,
                  Map.of("orderId", orderId.toString())));
    }

    @Test
    void refusesToReuseAnIdempotencyKeyForAnotherAddress() {
      ShippingAddress elsewhere =
          new ShippingAddress("Ada Lovelace", "1 Other Road", "Bath", "BA1 1AA", "GB");

      fixture
          .given(order.placed())
          .when(anOrder().withShippingAddress(elsewhere).placeOrder())
          .expectNoEvents()
          .expectException(IdempotencyKeyReused.class);
    }

    @Test
    void refusesAProductTheCatalogDoesNotKnow() {
      catalog.withoutProduct(Products.PEN.id());

      fixture
          .givenNoPriorActivity()
          .when(order.withLines(Products.MUG.line(1), Products.PEN.line(1)).placeOrder())
          .expectNoEvents()
          .expectException(
              refusal(
                  "order.unknown-product",
                  ErrorKind.REJECTED,
                  Map.of("productIds", Products.PEN.id().toString())));
      assertThat(vault.isEmpty()).isTrue();
    }

    @Test
    void refusesADiscontinuedProduct() {
      catalog.withDiscontinued(Products.LAMP.id());

      fixture
          .givenNoPriorActivity()
          .when(order.withLines(Products.LAMP.line(1)).placeOrder())
          .expectNoEvents()
          .expectException(
              refusal(
                  "order.product-unavailable",
                  ErrorKind.REJECTED,
                  Map.of("productIds", Products.LAMP.id().toString())));
    }

    @Test
    void answersARetriedPlacementEvenAfterItsProductWasDiscontinued() {
      catalog.withDiscontinued(Products.MUG.id());

      fixture
          .given(order.withLines(Products.MUG.line(1)).placed())
          .when(order.withLines(Products.MUG.line(1)).placeOrder())
          .expectNoEvents()
          .expectResultMessagePayload(orderId);
    }

    @Test
    void refusesAnOrderWithoutLines() {
      fixture
          .givenNoPriorActivity()
          .when(order.withLines(List.of()).placeOrder())
          .expectNoEvents()
          .expectException(refusal(OrderWithoutLines.CODE, ErrorKind.REJECTED));
    }

    @Test
    void refusesLinesPricedInDifferentCurrencies() {
      OrderLine inDollars =
          new OrderLine(Products.PEN.id(), "Fountain pen", 1, Money.of("36.00", "USD"));

      fixture
          .givenNoPriorActivity()
          .when(order.withLines(Products.MUG.line(1), inDollars).placeOrder())
          .expectNoEvents()
          .expectException(
              refusal(MixedCurrencies.CODE, ErrorKind.REJECTED, Map.of("currencies", "EUR,USD")));
      assertThat(vault.isEmpty()).isTrue();
    }

    @Test
    void refusesAFreeProduct() {
      OrderLine free = new OrderLine(Products.MUG.id(), "Blue mug", 1, Money.zero("EUR"));

      fixture
          .givenNoPriorActivity()
          .when(order.withLines(free).placeOrder())
          .expectNoEvents()
          .expectException(
              refusal(
                  NonPositiveUnitPrice.CODE,
                  ErrorKind.REJECTED,
                  Map.of("productId", Products.MUG.id().toString())));
    }

    @Test
    void refusesTheSameProductOnTwoLines() {
      fixture
          .givenNoPriorActivity()
          .when(order.withLines(Products.MUG.line(1), Products.MUG.line(2)).placeOrder())
          .expectNoEvents()
          .expectException(
              refusal(
                  DuplicateProduct.CODE,
                  ErrorKind.REJECTED,
                  Map.of("productId", Products.MUG.id().toString())));
    }
  }

  @Nested
  class Validating {

    @BeforeEach
    void validateCommands() {
      fixture.registerCommandHandlerInterceptor(beanValidation());
    }

    @Test
    void rejectsAnOrderWithoutLinesBeforeTheAggregateSeesIt() {
      fixture
          .givenNoPriorActivity()
          .when(order.withLines(List.of()).placeOrder())
          .expectNoEvents()
          .expectException(JSR303ViolationException.class);
    }

    @Test
    void rejectsALineWithoutUnits() {
      fixture
          .givenNoPriorActivity()
          .when(order.withLines(Products.MUG.line(0)).placeOrder())
          .expectNoEvents()
          .expectException(JSR303ViolationException.class);
    }

    @Test
    void rejectsMoreThanAHundredLines() {
      fixture
          .givenNoPriorActivity()
          .when(order.withLines(Products.distinctLines(OrderLimits.MAX_LINES + 1)).placeOrder())
          .expectNoEvents()
          .expectException(JSR303ViolationException.class);
    }

    @Test
    void rejectsAPaymentMethodWithoutToken() {
      fixture
          .givenNoPriorActivity()
          .when(order.withPaymentMethod(PaymentMethod.card(" ")).placeOrder())
          .expectNoEvents()
          .expectException(JSR303ViolationException.class);
    }

    @Test
    void acceptsAHundredLines() {
      order.withLines(Products.distinctLines(OrderLimits.MAX_LINES));

      fixture.givenNoPriorActivity().when(order.placeOrder()).expectEvents(order.placed());
    }

    @Test
    void rejectsACancellationWithoutReason() {
      fixture
          .given(order.placed())
          .when(new CancelOrder(orderId, CancelledBy.CUSTOMER, ""))
          .expectNoEvents()
          .expectException(JSR303ViolationException.class);
    }
  }

  @Nested
  class MovingThroughItsLife {

    @Test
    void confirmsAPendingOrderWithItsPayment() {
      fixture
          .given(order.placed())
          .when(new ConfirmOrder(orderId, paymentId))
          .expectEvents(confirmed());
    }

    @Test
    void ignoresARepeatedConfirmationWithTheSamePayment() {
      fixture
          .given(order.placed(), confirmed())
          .when(new ConfirmOrder(orderId, paymentId))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void refusesAConfirmationWithAnotherPayment() {
      fixture
          .given(order.placed(), confirmed())
          .when(new ConfirmOrder(orderId, UUID.fromString("00000000-0000-4000-8000-0000000000ff")))
          .expectNoEvents()
          .expectException(
              refusal(
                  IllegalOrderTransition.CODE,
                  ErrorKind.CONFLICT,
                  Map.of("currentStatus", "CONFIRMED", "action", "confirm")));
    }

    @Test
    void refusesToConfirmAFailedOrder() {
      fixture
          .given(order.placed(), failed())
          .when(new ConfirmOrder(orderId, paymentId))
          .expectNoEvents()
          .expectException(
              refusal(
                  IllegalOrderTransition.CODE,
                  ErrorKind.CONFLICT,
                  Map.of("currentStatus", "FAILED", "action", "confirm")));
    }

    @Test
    void startsProcessingAConfirmedOrder() {
      fixture
          .given(order.placed(), confirmed())
          .when(new StartOrderProcessing(orderId))
          .expectEvents(new OrderProcessingStarted(orderId));
    }

    @Test
    void refusesToProcessAnOrderThatIsNotPaidYet() {
      fixture
          .given(order.placed())
          .when(new StartOrderProcessing(orderId))
          .expectNoEvents()
          .expectException(
              refusal(
                  IllegalOrderTransition.CODE,
                  ErrorKind.CONFLICT,
                  Map.of("currentStatus", "PENDING", "action", "start-processing")));
    }

    @Test
    void shipsAnOrderInProcessing() {
      fixture
          .given(order.placed(), confirmed(), new OrderProcessingStarted(orderId))
          .when(new ShipOrder(orderId))
          .expectEvents(new OrderShipped(orderId));
    }

    @Test
    void refusesToShipAnOrderTwice() {
      fixture
          .given(
              order.placed(),
              confirmed(),
              new OrderProcessingStarted(orderId),
              new OrderShipped(orderId))
          .when(new ShipOrder(orderId))
          .expectNoEvents()
          .expectException(
              refusal(
                  IllegalOrderTransition.CODE,
                  ErrorKind.CONFLICT,
                  Map.of("currentStatus", "SHIPPED", "action", "ship")));
    }

    @Test
    void deliversAShippedOrder() {
      fixture
          .given(
              order.placed(),
              confirmed(),
              new OrderProcessingStarted(orderId),
              new OrderShipped(orderId))
          .when(new DeliverOrder(orderId))
          .expectEvents(new OrderDelivered(orderId));
    }

    @Test
    void refusesToDeliverAnOrderThatHasNotShipped() {
      fixture
          .given(order.placed(), confirmed(), new OrderProcessingStarted(orderId))
          .when(new DeliverOrder(orderId))
          .expectNoEvents()
          .expectException(
              refusal(
                  IllegalOrderTransition.CODE,
                  ErrorKind.CONFLICT,
                  Map.of("currentStatus", "PROCESSING", "action", "deliver")));
    }
  }

  @Nested
  class Cancelling {

    static Stream<Arguments> cancellableHistories() {
      UUID id = anOrder().id();
      OrderPlaced placed = anOrder().placed();
      OrderConfirmed confirmed = new OrderConfirmed(id, PaymentIds.forOrder(id));
      return Stream.of(
          Arguments.of(OrderStatus.PENDING, List.of(placed)),
          Arguments.of(OrderStatus.CONFIRMED, List.of(placed, confirmed)),
          Arguments.of(
              OrderStatus.PROCESSING, List.of(placed, confirmed, new OrderProcessingStarted(id))));
    }

    static Stream<Arguments> finishedHistories() {
      UUID id = anOrder().id();
      OrderPlaced placed = anOrder().placed();
      OrderConfirmed confirmed = new OrderConfirmed(id, PaymentIds.forOrder(id));
      OrderProcessingStarted processing = new OrderProcessingStarted(id);
      return Stream.of(
          Arguments.of(
              OrderStatus.SHIPPED, List.of(placed, confirmed, processing, new OrderShipped(id))),
          Arguments.of(
              OrderStatus.DELIVERED,
              List.of(placed, confirmed, processing, new OrderShipped(id), new OrderDelivered(id))),
          Arguments.of(
              OrderStatus.CANCELLED,
              List.of(
                  placed, new OrderCancelled(id, OrderStatus.PENDING, CancelledBy.ADMIN, "fraud"))),
          Arguments.of(
              OrderStatus.FAILED,
              List.of(placed, new OrderFailed(id, FailureReason.OUT_OF_STOCK, "Not enough"))));
    }

    @ParameterizedTest(name = "from {0}")
    @MethodSource("cancellableHistories")
    void cancelsAnOrderThatHasNotShippedAndNamesWhereItWas(
        OrderStatus status, List<Object> history) {
      fixture
          .given(history)
          .when(new CancelOrder(orderId, CancelledBy.CUSTOMER, "changed my mind"))
          .expectEvents(cancelledFrom(status));
    }

    @ParameterizedTest(name = "once {0}")
    @MethodSource("finishedHistories")
    void refusesToCancelAnOrderThatShippedOrEnded(OrderStatus status, List<Object> history) {
      fixture
          .given(history)
          .when(new CancelOrder(orderId, CancelledBy.ADMIN, "too late"))
          .expectNoEvents()
          .expectException(
              refusal(
                  IllegalOrderTransition.CODE,
                  ErrorKind.CONFLICT,
                  Map.of("currentStatus", status.name(), "action", "cancel")));
    }
  }

  @Nested
  class Failing {

    @Test
    void failsAPendingOrderWithTheSagasReason() {
      fixture
          .given(order.placed())
          .when(new FailOrder(orderId, FailureReason.PAYMENT_DECLINED, "Insufficient funds"))
          .expectEvents(
              new OrderFailed(orderId, FailureReason.PAYMENT_DECLINED, "Insufficient funds"));
    }

    @Test
    void ignoresARepeatedFailure() {
      fixture
          .given(order.placed(), failed())
          .when(new FailOrder(orderId, FailureReason.PAYMENT_TIMEOUT, "No payment outcome"))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void refusesToFailAConfirmedOrder() {
      fixture
          .given(order.placed(), confirmed())
          .when(new FailOrder(orderId, FailureReason.PAYMENT_TIMEOUT, "No payment outcome"))
          .expectNoEvents()
          .expectException(
              refusal(
                  IllegalOrderTransition.CODE,
                  ErrorKind.CONFLICT,
                  Map.of("currentStatus", "CONFIRMED", "action", "fail")));
    }

    @Test
    void refusesToFailACancelledOrder() {
      fixture
          .given(order.placed(), cancelledFrom(OrderStatus.PENDING))
          .when(new FailOrder(orderId, FailureReason.OUT_OF_STOCK, "Not enough stock"))
          .expectNoEvents()
          .expectException(
              refusal(
                  IllegalOrderTransition.CODE,
                  ErrorKind.CONFLICT,
                  Map.of("currentStatus", "CANCELLED", "action", "fail")));
    }
  }
}
