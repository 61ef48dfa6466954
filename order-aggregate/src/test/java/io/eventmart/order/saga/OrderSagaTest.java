package io.eventmart.order.saga;

import static io.eventmart.order.testdata.OrderBuilder.CUSTOMER;
import static io.eventmart.order.testdata.OrderBuilder.anOrder;
import static io.eventmart.order.testdata.Products.LAMP;
import static io.eventmart.order.testdata.Products.MUG;
import static io.eventmart.order.testdata.Products.PEN;

import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.order.CancelledBy;
import io.eventmart.contracts.order.FailureReason;
import io.eventmart.contracts.order.OrderCommand.ConfirmOrder;
import io.eventmart.contracts.order.OrderCommand.FailOrder;
import io.eventmart.contracts.order.OrderEvent.OrderCancelled;
import io.eventmart.contracts.order.OrderEvent.OrderConfirmed;
import io.eventmart.contracts.order.OrderEvent.OrderFailed;
import io.eventmart.contracts.order.OrderEvent.OrderPlaced;
import io.eventmart.contracts.order.OrderEvent.OrderProcessingStarted;
import io.eventmart.contracts.order.OrderEvent.OrderShipped;
import io.eventmart.contracts.order.OrderStatus;
import io.eventmart.contracts.payment.PaymentCommand.CancelPayment;
import io.eventmart.contracts.payment.PaymentCommand.RequestPayment;
import io.eventmart.contracts.payment.PaymentEvent.PaymentAuthorized;
import io.eventmart.contracts.payment.PaymentEvent.PaymentCaptured;
import io.eventmart.contracts.payment.PaymentEvent.PaymentDeclined;
import io.eventmart.contracts.payment.PaymentEvent.PaymentFailed;
import io.eventmart.contracts.payment.PaymentIds;
import io.eventmart.contracts.product.ProductCommand.CommitStock;
import io.eventmart.contracts.product.ProductCommand.ReleaseStock;
import io.eventmart.contracts.product.ProductCommand.ReserveStock;
import io.eventmart.contracts.product.ReservationRejectionReason;
import io.eventmart.contracts.product.StockEvent.StockReservationRejected;
import io.eventmart.contracts.product.StockEvent.StockReserved;
import io.eventmart.contracts.product.StockLevels;
import io.eventmart.order.testdata.OrderBuilder;
import io.eventmart.order.testdata.Products;
import java.time.Duration;
import java.util.UUID;
import org.axonframework.test.saga.ContinuedGivenState;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OrderSagaTest {

  private static final Duration PAYMENT_TIMEOUT = Duration.ofSeconds(45);
  private static final Duration RESERVATION_TIMEOUT = Duration.ofSeconds(20);

  /** Release reasons the saga gives. */
  private static final String FAILED_OUT_OF_STOCK = "Order failed: OUT_OF_STOCK";

  private static final String CANCELLED_BY_CUSTOMER = "Order cancelled by CUSTOMER";

  private final OrderBuilder order = anOrder().withLines(MUG.line(2), PEN.line(1), LAMP.line(1));
  private final UUID orderId = order.id();
  private final String aggregate = orderId.toString();
  private final OrderPlaced placed = order.placed();
  private final UUID paymentId = PaymentIds.forOrder(orderId);

  private SagaTestFixture<OrderSaga> fixture;

  @BeforeEach
  void setUp() {
    fixture = new SagaTestFixture<>(OrderSaga.class);
    fixture.registerResource(new OrderSagaSettings(PAYMENT_TIMEOUT, RESERVATION_TIMEOUT));
  }

  // ---- what the saga hears

  private StockReserved reserved(Products product) {
    return new StockReserved(product.id(), orderId, 1, StockLevels.of(10, 1));
  }

  private StockReservationRejected rejected(Products product, ReservationRejectionReason reason) {
    return new StockReservationRejected(product.id(), orderId, 5, 1, reason);
  }

  private PaymentCaptured captured() {
    return new PaymentCaptured(paymentId, orderId, placed.total(), "gw-capture-1");
  }

  private OrderCancelled cancelled(OrderStatus from) {
    return new OrderCancelled(orderId, from, CancelledBy.CUSTOMER, "changed my mind");
  }

  // ---- what the saga sends

  private ReleaseStock release(Products product, String reason) {
    return new ReleaseStock(product.id(), orderId, reason);
  }

  private RequestPayment requestPayment() {
    return new RequestPayment(paymentId, orderId, CUSTOMER, Money.of("118.90", "EUR"), "card");
  }

  /** Placed, and every line reserved: the payment is requested. */
  private ContinuedGivenState everyLineReserved() {
    return fixture
        .givenAggregate(aggregate)
        .published(placed)
        .andThenAPublished(reserved(MUG))
        .andThenAPublished(reserved(PEN))
        .andThenAPublished(reserved(LAMP));
  }

  @Nested
  class ReservingStock {

    @Test
    void reservesEveryLineAtOnceWhenAnOrderIsPlaced() {
      fixture
          .givenNoPriorActivity()
          .whenAggregate(aggregate)
          .publishes(placed)
          .expectActiveSagas(1)
          .expectAssociationWith("orderId", orderId)
          .expectDispatchedCommands(
              new ReserveStock(MUG.id(), orderId, 2),
              new ReserveStock(PEN.id(), orderId, 1),
              new ReserveStock(LAMP.id(), orderId, 1))
          .expectScheduledDeadlineWithName(RESERVATION_TIMEOUT, OrderSaga.RESERVATION_DEADLINE);
    }

    @Test
    void waitsUntilEveryLineHasAnswered() {
      fixture
          .givenAggregate(aggregate)
          .published(placed)
          .andThenAPublished(reserved(MUG))
          .whenPublishingA(reserved(PEN))
          .expectNoDispatchedCommands()
          .expectScheduledDeadlineWithName(RESERVATION_TIMEOUT, OrderSaga.RESERVATION_DEADLINE);
    }

    @Test
    void requestsThePaymentOnceEveryLineIsReserved() {
      fixture
          .givenAggregate(aggregate)
          .published(placed)
          .andThenAPublished(reserved(MUG))
          .andThenAPublished(reserved(PEN))
          .whenPublishingA(reserved(LAMP))
          .expectDispatchedCommands(requestPayment())
          .expectNoScheduledDeadlineWithName(RESERVATION_TIMEOUT, OrderSaga.RESERVATION_DEADLINE)
          .expectScheduledDeadlineWithName(PAYMENT_TIMEOUT, OrderSaga.PAYMENT_DEADLINE);
    }

    @Test
    void ignoresAStockAnswerForAProductTheOrderDoesNotContain() {
      StockReserved otherProduct =
          new StockReserved(Products.productId(99), orderId, 1, StockLevels.of(5, 1));

      fixture
          .givenAggregate(aggregate)
          .published(placed)
          .andThenAPublished(reserved(MUG))
          .andThenAPublished(reserved(PEN))
          .whenPublishingA(otherProduct)
          .expectNoDispatchedCommands();
    }
  }

  @Nested
  class RunningOutOfStock {

    @Test
    void releasesTheReservedLinesAndFailsTheOrderWhenOneLineIsOutOfStock() {
      fixture
          .givenAggregate(aggregate)
          .published(placed)
          .andThenAPublished(reserved(MUG))
          .andThenAPublished(reserved(LAMP))
          .whenPublishingA(rejected(PEN, ReservationRejectionReason.INSUFFICIENT_STOCK))
          .expectDispatchedCommands(
              release(MUG, FAILED_OUT_OF_STOCK),
              release(LAMP, FAILED_OUT_OF_STOCK),
              new FailOrder(
                  orderId, FailureReason.OUT_OF_STOCK, "Not enough stock for Fountain pen"))
          .expectNoScheduledDeadlines()
          .expectActiveSagas(1);
    }

    @Test
    void decidesOnlyOnceTheLastLineHasAnswered() {
      fixture
          .givenAggregate(aggregate)
          .published(placed)
          .whenPublishingA(rejected(PEN, ReservationRejectionReason.INSUFFICIENT_STOCK))
          .expectNoDispatchedCommands();
    }

    @Test
    void releasesALineThatWasReservedAfterAnotherWasRejected() {
      fixture
          .givenAggregate(aggregate)
          .published(placed)
          .andThenAPublished(rejected(PEN, ReservationRejectionReason.INSUFFICIENT_STOCK))
          .andThenAPublished(reserved(MUG))
          .whenPublishingA(reserved(LAMP))
          .expectDispatchedCommands(
              release(MUG, FAILED_OUT_OF_STOCK),
              release(LAMP, FAILED_OUT_OF_STOCK),
              new FailOrder(
                  orderId, FailureReason.OUT_OF_STOCK, "Not enough stock for Fountain pen"));
    }

    @Test
    void failsAnOrderWithADiscontinuedProductAsUnavailable() {
      fixture
          .givenAggregate(aggregate)
          .published(placed)
          .andThenAPublished(reserved(MUG))
          .andThenAPublished(reserved(PEN))
          .whenPublishingA(rejected(LAMP, ReservationRejectionReason.PRODUCT_DISCONTINUED))
          .expectDispatchedCommands(
              release(MUG, "Order failed: PRODUCT_UNAVAILABLE"),
              release(PEN, "Order failed: PRODUCT_UNAVAILABLE"),
              new FailOrder(
                  orderId, FailureReason.PRODUCT_UNAVAILABLE, "No longer available: Desk lamp"));
    }

    @Test
    void failsAsOutOfStockWhenAnyLineLackedStockEvenIfAnotherWasDiscontinued() {
      fixture
          .givenAggregate(aggregate)
          .published(placed)
          .andThenAPublished(rejected(LAMP, ReservationRejectionReason.PRODUCT_DISCONTINUED))
          .andThenAPublished(reserved(MUG))
          .whenPublishingA(rejected(PEN, ReservationRejectionReason.INSUFFICIENT_STOCK))
          .expectDispatchedCommands(
              release(MUG, FAILED_OUT_OF_STOCK),
              new FailOrder(
                  orderId,
                  FailureReason.OUT_OF_STOCK,
                  "Not enough stock for Fountain pen; No longer available: Desk lamp"));
    }

    @Test
    void endsWhenTheOrderHasFailed() {
      fixture
          .givenAggregate(aggregate)
          .published(placed)
          .andThenAPublished(reserved(MUG))
          .andThenAPublished(reserved(LAMP))
          .andThenAPublished(rejected(PEN, ReservationRejectionReason.INSUFFICIENT_STOCK))
          .whenAggregate(aggregate)
          .publishes(new OrderFailed(orderId, FailureReason.OUT_OF_STOCK, "Not enough stock"))
          .expectActiveSagas(0)
          .expectNoDispatchedCommands();
    }
  }

  @Nested
  class TimingOutOnStock {

    @Test
    void failsTheOrderAsUnavailableWhenALineNeverAnswers() {
      fixture
          .givenAggregate(aggregate)
          .published(placed)
          .andThenAPublished(reserved(MUG))
          .andThenAPublished(rejected(PEN, ReservationRejectionReason.INSUFFICIENT_STOCK))
          .whenTimeElapses(RESERVATION_TIMEOUT)
          .expectTriggeredDeadlinesWithName(OrderSaga.RESERVATION_DEADLINE)
          .expectDispatchedCommands(
              release(MUG, "Order failed: PRODUCT_UNAVAILABLE"),
              new FailOrder(
                  orderId,
                  FailureReason.PRODUCT_UNAVAILABLE,
                  "No stock answer in time for Desk lamp"),
              // in case the lamp was reserved and only its event is late
              release(LAMP, "Order failed: PRODUCT_UNAVAILABLE"))
          .expectNoScheduledDeadlines();
    }

    @Test
    void releasesAReservationThatArrivesAfterTheOrderWasGivenUp() throws Exception {
      fixture
          .givenAggregate(aggregate)
          .published(placed)
          .andThenAPublished(reserved(MUG))
          .andThenAPublished(reserved(PEN))
          .andThenTimeElapses(RESERVATION_TIMEOUT)
          .whenPublishingA(reserved(LAMP))
          .expectDispatchedCommands(release(LAMP, "Order failed: PRODUCT_UNAVAILABLE"))
          .expectNoScheduledDeadlines();
    }

    @Test
    void doesNotTimeOutOnceEveryLineHasAnswered() {
      fixture
          .givenAggregate(aggregate)
          .published(placed)
          .andThenAPublished(reserved(MUG))
          .andThenAPublished(reserved(PEN))
          .andThenAPublished(reserved(LAMP))
          .whenTimeElapses(RESERVATION_TIMEOUT)
          .expectNoDispatchedCommands()
          .expectTriggeredDeadlines();
    }
  }

  @Nested
  class Paying {

    @Test
    void waitsForTheCaptureAfterAnAuthorization() {
      everyLineReserved()
          .whenPublishingA(new PaymentAuthorized(paymentId, orderId, "gw-auth-1"))
          .expectNoDispatchedCommands()
          .expectScheduledDeadlineWithName(PAYMENT_TIMEOUT, OrderSaga.PAYMENT_DEADLINE);
    }

    @Test
    void confirmsTheOrderWhenThePaymentIsCaptured() {
      everyLineReserved()
          .andThenAPublished(new PaymentAuthorized(paymentId, orderId, "gw-auth-1"))
          .whenPublishingA(captured())
          .expectDispatchedCommands(new ConfirmOrder(orderId, paymentId))
          .expectNoScheduledDeadlines()
          .expectActiveSagas(1);
    }

    @Test
    void releasesTheStockAndFailsTheOrderWhenThePaymentIsDeclined() {
      everyLineReserved()
          .whenPublishingA(new PaymentDeclined(paymentId, orderId, "Insufficient funds"))
          .expectDispatchedCommands(
              release(MUG, "Order failed: PAYMENT_DECLINED"),
              release(PEN, "Order failed: PAYMENT_DECLINED"),
              release(LAMP, "Order failed: PAYMENT_DECLINED"),
              new FailOrder(orderId, FailureReason.PAYMENT_DECLINED, "Insufficient funds"))
          .expectNoScheduledDeadlines();
    }

    @Test
    void releasesTheStockAndFailsTheOrderWhenThePaymentFails() {
      everyLineReserved()
          .whenPublishingA(new PaymentFailed(paymentId, orderId, "Gateway unavailable"))
          .expectDispatchedCommands(
              release(MUG, "Order failed: PAYMENT_DECLINED"),
              release(PEN, "Order failed: PAYMENT_DECLINED"),
              release(LAMP, "Order failed: PAYMENT_DECLINED"),
              new FailOrder(orderId, FailureReason.PAYMENT_DECLINED, "Gateway unavailable"))
          .expectNoScheduledDeadlines();
    }

    @Test
    void voidsThePaymentAndFailsTheOrderWhenNoOutcomeArrivesInTime() {
      String detail = "No payment outcome arrived in time";

      everyLineReserved()
          .whenTimeElapses(PAYMENT_TIMEOUT)
          .expectTriggeredDeadlinesWithName(OrderSaga.PAYMENT_DEADLINE)
          .expectDispatchedCommands(
              new CancelPayment(paymentId, detail),
              release(MUG, "Order failed: PAYMENT_TIMEOUT"),
              release(PEN, "Order failed: PAYMENT_TIMEOUT"),
              release(LAMP, "Order failed: PAYMENT_TIMEOUT"),
              new FailOrder(orderId, FailureReason.PAYMENT_TIMEOUT, detail))
          .expectNoScheduledDeadlines();
    }

    @Test
    void saysWhenAnAuthorizedPaymentWasNeverCaptured() {
      String detail = "The payment was authorized but not captured in time";

      everyLineReserved()
          .andThenAPublished(new PaymentAuthorized(paymentId, orderId, "gw-auth-1"))
          .whenTimeElapses(PAYMENT_TIMEOUT)
          .expectDispatchedCommands(
              new CancelPayment(paymentId, detail),
              release(MUG, "Order failed: PAYMENT_TIMEOUT"),
              release(PEN, "Order failed: PAYMENT_TIMEOUT"),
              release(LAMP, "Order failed: PAYMENT_TIMEOUT"),
              new FailOrder(orderId, FailureReason.PAYMENT_TIMEOUT, detail));
    }

    @Test
    void ignoresACaptureThatArrivesAfterThePaymentTimedOut() throws Exception {
      everyLineReserved()
          .andThenTimeElapses(PAYMENT_TIMEOUT)
          .whenPublishingA(captured())
          .expectNoDispatchedCommands();
    }

    @Test
    void ignoresADuplicateCapture() {
      everyLineReserved()
          .andThenAPublished(captured())
          .whenPublishingA(captured())
          .expectNoDispatchedCommands();
    }

    @Test
    void ignoresADuplicateReservationWhileThePaymentRuns() {
      everyLineReserved()
          .whenPublishingA(reserved(MUG))
          .expectNoDispatchedCommands()
          .expectScheduledDeadlineWithName(PAYMENT_TIMEOUT, OrderSaga.PAYMENT_DEADLINE);
    }

    @Test
    void ignoresADeclineOfAPaymentThatWasAlreadyCaptured() {
      everyLineReserved()
          .andThenAPublished(captured())
          .whenPublishingA(new PaymentDeclined(paymentId, orderId, "Too late"))
          .expectNoDispatchedCommands();
    }
  }

  @Nested
  class Cancelling {

    @Test
    void releasesWhatIsReservedAndWaitsForTheAnswersStillMissing() {
      fixture
          .givenAggregate(aggregate)
          .published(placed)
          .andThenAPublished(reserved(MUG))
          .whenAggregate(aggregate)
          .publishes(cancelled(OrderStatus.PENDING))
          .expectDispatchedCommands(release(MUG, CANCELLED_BY_CUSTOMER))
          .expectActiveSagas(1)
          .expectScheduledDeadlineWithName(RESERVATION_TIMEOUT, OrderSaga.RESERVATION_DEADLINE);
    }

    @Test
    void releasesReservationsThatArriveAfterTheCancellationAndNeverPays() {
      fixture
          .givenAggregate(aggregate)
          .published(placed, cancelled(OrderStatus.PENDING))
          .andThenAPublished(reserved(MUG))
          .andThenAPublished(rejected(PEN, ReservationRejectionReason.INSUFFICIENT_STOCK))
          .whenPublishingA(reserved(LAMP))
          .expectDispatchedCommands(release(LAMP, CANCELLED_BY_CUSTOMER))
          .expectActiveSagas(0)
          .expectNoScheduledDeadlines();
    }

    @Test
    void stopsWaitingForAnswersWhenTheReservationDeadlinePasses() {
      fixture
          .givenAggregate(aggregate)
          .published(placed, cancelled(OrderStatus.PENDING))
          .andThenAPublished(reserved(MUG))
          .whenTimeElapses(RESERVATION_TIMEOUT)
          .expectDispatchedCommands(
              release(PEN, CANCELLED_BY_CUSTOMER), release(LAMP, CANCELLED_BY_CUSTOMER))
          .expectActiveSagas(0);
    }

    @Test
    void releasesTheStockAndCancelsThePaymentWhileItIsAwaited() {
      fixture
          .givenAggregate(aggregate)
          .published(placed)
          .andThenAPublished(reserved(MUG))
          .andThenAPublished(reserved(PEN))
          .andThenAPublished(reserved(LAMP))
          .whenAggregate(aggregate)
          .publishes(cancelled(OrderStatus.PENDING))
          .expectDispatchedCommands(
              release(MUG, CANCELLED_BY_CUSTOMER),
              release(PEN, CANCELLED_BY_CUSTOMER),
              release(LAMP, CANCELLED_BY_CUSTOMER),
              new CancelPayment(paymentId, CANCELLED_BY_CUSTOMER))
          .expectActiveSagas(0)
          .expectNoScheduledDeadlines();
    }

    @Test
    void releasesTheStockAndCancelsThePaymentOfAConfirmedOrder() {
      fixture
          .givenAggregate(aggregate)
          .published(placed)
          .andThenAPublished(reserved(MUG))
          .andThenAPublished(reserved(PEN))
          .andThenAPublished(reserved(LAMP))
          .andThenAPublished(captured())
          .andThenAggregate(aggregate)
          .published(new OrderConfirmed(orderId, paymentId))
          .whenAggregate(aggregate)
          .publishes(cancelled(OrderStatus.CONFIRMED))
          .expectDispatchedCommands(
              release(MUG, CANCELLED_BY_CUSTOMER),
              release(PEN, CANCELLED_BY_CUSTOMER),
              release(LAMP, CANCELLED_BY_CUSTOMER),
              new CancelPayment(paymentId, CANCELLED_BY_CUSTOMER))
          .expectActiveSagas(0);
    }

    @Test
    void releasesTheStockAndCancelsThePaymentOfAnOrderInProcessing() {
      fixture
          .givenAggregate(aggregate)
          .published(placed)
          .andThenAPublished(reserved(MUG))
          .andThenAPublished(reserved(PEN))
          .andThenAPublished(reserved(LAMP))
          .andThenAPublished(captured())
          .andThenAggregate(aggregate)
          .published(new OrderConfirmed(orderId, paymentId), new OrderProcessingStarted(orderId))
          .whenAggregate(aggregate)
          .publishes(
              new OrderCancelled(
                  orderId, OrderStatus.PROCESSING, CancelledBy.ADMIN, "damaged in warehouse"))
          .expectDispatchedCommands(
              release(MUG, "Order cancelled by ADMIN"),
              release(PEN, "Order cancelled by ADMIN"),
              release(LAMP, "Order cancelled by ADMIN"),
              new CancelPayment(paymentId, "Order cancelled by ADMIN"))
          .expectActiveSagas(0);
    }

    @Test
    void endsWithoutFurtherCommandsWhenACancellationOvertakesAFailure() {
      fixture
          .givenAggregate(aggregate)
          .published(placed)
          .andThenAPublished(reserved(MUG))
          .andThenAPublished(reserved(LAMP))
          .andThenAPublished(rejected(PEN, ReservationRejectionReason.INSUFFICIENT_STOCK))
          .whenAggregate(aggregate)
          .publishes(cancelled(OrderStatus.PENDING))
          .expectNoDispatchedCommands()
          .expectActiveSagas(0);
    }

    @Test
    void ignoresADuplicateCancellation() {
      fixture
          .givenAggregate(aggregate)
          .published(placed, cancelled(OrderStatus.PENDING))
          .andThenAPublished(reserved(MUG))
          .whenAggregate(aggregate)
          .publishes(cancelled(OrderStatus.PENDING))
          .expectNoDispatchedCommands()
          .expectActiveSagas(1);
    }
  }

  @Nested
  class Shipping {

    @Test
    void commitsTheStockOfEveryLineAndEnds() {
      fixture
          .givenAggregate(aggregate)
          .published(placed)
          .andThenAPublished(reserved(MUG))
          .andThenAPublished(reserved(PEN))
          .andThenAPublished(reserved(LAMP))
          .andThenAPublished(captured())
          .andThenAggregate(aggregate)
          .published(new OrderConfirmed(orderId, paymentId), new OrderProcessingStarted(orderId))
          .whenAggregate(aggregate)
          .publishes(new OrderShipped(orderId))
          .expectDispatchedCommands(
              new CommitStock(MUG.id(), orderId),
              new CommitStock(PEN.id(), orderId),
              new CommitStock(LAMP.id(), orderId))
          .expectActiveSagas(0)
          .expectNoScheduledDeadlines();
    }
  }
}
