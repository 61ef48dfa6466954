package io.eventmart.order.saga;

import static io.eventmart.order.saga.ReservationState.AWAITING_ANSWER;
import static io.eventmart.order.saga.ReservationState.DISCONTINUED;
import static io.eventmart.order.saga.ReservationState.INSUFFICIENT_STOCK;
import static io.eventmart.order.saga.ReservationState.RELEASED;
import static io.eventmart.order.saga.ReservationState.RESERVED;

import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.order.FailureReason;
import io.eventmart.contracts.order.OrderCommand.ConfirmOrder;
import io.eventmart.contracts.order.OrderCommand.FailOrder;
import io.eventmart.contracts.order.OrderEvent.OrderCancelled;
import io.eventmart.contracts.order.OrderEvent.OrderFailed;
import io.eventmart.contracts.order.OrderEvent.OrderPlaced;
import io.eventmart.contracts.order.OrderEvent.OrderShipped;
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
import io.eventmart.contracts.product.StockEvent.StockReservationRejected;
import io.eventmart.contracts.product.StockEvent.StockReserved;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes one placed order through stock reservation and payment to confirmation, and compensates
 * whatever it started when the order fails or is cancelled. It is associated with the order id,
 * which every stock and payment event about the order carries.
 *
 * <p>It decides on stock only when every line has answered: deciding earlier would leave a
 * reservation that arrives after the compensation held forever. Answers that arrive after the order
 * was given up are released, never paid for. Deadlines are persistent, so a restart in the middle
 * of an order loses no timeout. Commands are sent without waiting for their outcome (the saga must
 * never block its processor); a failed command is logged.
 *
 * <p>Collaborators come in as handler parameters; a deadline handler's first parameter is the
 * deadline's payload, the order id.
 */
@ProcessingGroup(OrderSaga.PROCESSING_GROUP)
public class OrderSaga {

  public static final String PROCESSING_GROUP = "order-saga";

  static final String RESERVATION_DEADLINE = "order-stock-reservation";
  static final String PAYMENT_DEADLINE = "order-payment";

  private static final String ORDER_ID = "orderId";
  private static final Logger log = LoggerFactory.getLogger(OrderSaga.class);

  /** Where the saga is in the order's life. */
  private enum Stage {
    /** ReserveStock was sent for every line; waiting until every line has answered. */
    RESERVING_STOCK,
    /** Every line is reserved and the payment requested; waiting for its outcome. */
    AWAITING_PAYMENT,
    /** The payment is captured and the order confirmed; waiting for shipment or cancellation. */
    PAID,
    /** The order is given up and compensated; waiting for OrderFailed. */
    FAILING,
    /** The order was cancelled and compensated; waiting for reservations still unanswered. */
    CANCELLED
  }

  private UUID orderId;
  private UUID customerId;
  private Money total;
  private String paymentMethodType;
  private final Map<UUID, LineReservation> lines = new LinkedHashMap<>();
  private Stage stage;
  private boolean paymentAuthorized;
  private String compensationReason;
  private String reservationDeadlineId;
  private String paymentDeadlineId;

  @StartSaga
  @SagaEventHandler(associationProperty = ORDER_ID)
  void on(
      OrderPlaced event,
      CommandGateway commands,
      DeadlineManager deadlines,
      OrderSagaSettings settings) {
    orderId = event.orderId();
    customerId = event.customerId();
    total = event.total();
    paymentMethodType = event.paymentMethodType();
    event
        .lines()
        .forEach(
            line ->
                lines.put(line.productId(), LineReservation.awaitingAnswer(line.productName())));
    stage = Stage.RESERVING_STOCK;
    // Every line at once: the order waits for its slowest product, not for all of them in turn.
    event
        .lines()
        .forEach(
            line -> send(commands, new ReserveStock(line.productId(), orderId, line.quantity())));
    reservationDeadlineId =
        deadlines.schedule(settings.reservationTimeout(), RESERVATION_DEADLINE, orderId);
  }

  @SagaEventHandler(associationProperty = ORDER_ID)
  void on(
      StockReserved event,
      CommandGateway commands,
      DeadlineManager deadlines,
      OrderSagaSettings settings) {
    UUID productId = event.productId();
    if (!isAwaitingAnswerFor(productId)) {
      return; // a duplicate, or not a line of this order
    }
    record(productId, RESERVED);
    if (stage == Stage.RESERVING_STOCK) {
      decideOnceEveryLineAnswered(commands, deadlines, settings);
    } else {
      // The order was given up before this answer came: nothing will ever pay for this stock.
      release(commands, productId);
      endOnceCancelledAndSettled(deadlines);
    }
  }

  @SagaEventHandler(associationProperty = ORDER_ID)
  void on(
      StockReservationRejected event,
      CommandGateway commands,
      DeadlineManager deadlines,
      OrderSagaSettings settings) {
    UUID productId = event.productId();
    if (!isAwaitingAnswerFor(productId)) {
      return;
    }
    record(productId, ReservationState.rejectedBecause(event.reason()));
    if (stage == Stage.RESERVING_STOCK) {
      decideOnceEveryLineAnswered(commands, deadlines, settings);
    } else {
      endOnceCancelledAndSettled(deadlines);
    }
  }

  /**
   * Some line never answered in time, e.g. because its product does not exist. The order fails; a
   * ReleaseStock also goes to every unanswered line, so a reservation that was made but whose event
   * is still on its way is given back too (releasing an unknown reservation changes nothing).
   */
  @DeadlineHandler(deadlineName = RESERVATION_DEADLINE)
  void onReservationTimeout(UUID forOrder, CommandGateway commands) {
    reservationDeadlineId = null;
    List<UUID> unanswered = linesIn(AWAITING_ANSWER);
    if (stage == Stage.RESERVING_STOCK) {
      fail(
          commands,
          FailureReason.PRODUCT_UNAVAILABLE,
          FailureDetails.naming("No stock answer in time for ", namesOf(unanswered)));
      unanswered.forEach(productId -> sendRelease(commands, productId));
    } else if (stage == Stage.CANCELLED) {
      // Stop waiting for answers that may never come.
      unanswered.forEach(productId -> sendRelease(commands, productId));
      SagaLifecycle.end();
    }
  }

  /** Noted only: the payment processor captures next, and the capture confirms the order. */
  @SagaEventHandler(associationProperty = ORDER_ID)
  void on(PaymentAuthorized event) {
    if (stage == Stage.AWAITING_PAYMENT) {
      paymentAuthorized = true;
    }
  }

  @SagaEventHandler(associationProperty = ORDER_ID)
  void on(PaymentCaptured event, CommandGateway commands, DeadlineManager deadlines) {
    if (stage != Stage.AWAITING_PAYMENT) {
      return; // too late: the order was given up, and CancelPayment gives the money back
    }
    cancelPaymentDeadline(deadlines);
    stage = Stage.PAID;
    send(commands, new ConfirmOrder(orderId, event.paymentId()));
  }

  @SagaEventHandler(associationProperty = ORDER_ID)
  void on(PaymentDeclined event, CommandGateway commands, DeadlineManager deadlines) {
    paymentRefused(event.reason(), commands, deadlines);
  }

  @SagaEventHandler(associationProperty = ORDER_ID)
  void on(PaymentFailed event, CommandGateway commands, DeadlineManager deadlines) {
    paymentRefused(event.reason(), commands, deadlines);
  }

  /** No payment outcome in time: void the payment (it may still be pending at the gateway). */
  @DeadlineHandler(deadlineName = PAYMENT_DEADLINE)
  void onPaymentTimeout(UUID forOrder, CommandGateway commands) {
    paymentDeadlineId = null;
    if (stage != Stage.AWAITING_PAYMENT) {
      return;
    }
    String detail =
        paymentAuthorized
            ? "The payment was authorized but not captured in time"
            : "No payment outcome arrived in time";
    send(commands, new CancelPayment(paymentId(), detail));
    fail(commands, FailureReason.PAYMENT_TIMEOUT, detail);
  }

  /**
   * The customer or an admin cancelled the order, while the saga runs or after confirmation. Stock
   * held is released and a requested payment cancelled (the payment voids or refunds as its state
   * requires). Reservations still unanswered are released as they arrive; no payment is requested
   * any more.
   */
  @SagaEventHandler(associationProperty = ORDER_ID)
  void on(OrderCancelled event, CommandGateway commands, DeadlineManager deadlines) {
    if (stage == Stage.CANCELLED) {
      return; // a duplicate
    }
    if (stage == Stage.FAILING) {
      // The cancellation overtook the saga's FailOrder: the failure already compensated.
      SagaLifecycle.end();
      return;
    }
    boolean paymentRequested = stage == Stage.AWAITING_PAYMENT || stage == Stage.PAID;
    cancelPaymentDeadline(deadlines);
    stage = Stage.CANCELLED;
    compensationReason = "Order cancelled by " + event.cancelledBy();
    linesIn(RESERVED).forEach(productId -> release(commands, productId));
    if (paymentRequested) {
      send(commands, new CancelPayment(paymentId(), compensationReason));
    }
    endOnceCancelledAndSettled(deadlines);
  }

  /** The failure the saga decided on is recorded: its compensation was sent with the decision. */
  @EndSaga
  @SagaEventHandler(associationProperty = ORDER_ID)
  void on(OrderFailed event) {
    // Nothing left to coordinate.
  }

  /** The order left the warehouse: its held units leave the stock for good. */
  @EndSaga
  @SagaEventHandler(associationProperty = ORDER_ID)
  void on(OrderShipped event, CommandGateway commands) {
    linesIn(RESERVED).forEach(productId -> send(commands, new CommitStock(productId, orderId)));
  }

  private void decideOnceEveryLineAnswered(
      CommandGateway commands, DeadlineManager deadlines, OrderSagaSettings settings) {
    if (!linesIn(AWAITING_ANSWER).isEmpty()) {
      return;
    }
    cancelReservationDeadline(deadlines);
    List<UUID> outOfStock = linesIn(INSUFFICIENT_STOCK);
    List<UUID> discontinued = linesIn(DISCONTINUED);
    if (outOfStock.isEmpty() && discontinued.isEmpty()) {
      requestPayment(commands, deadlines, settings);
    } else if (!outOfStock.isEmpty()) {
      fail(commands, FailureReason.OUT_OF_STOCK, rejectionDetail(outOfStock, discontinued));
    } else {
      fail(commands, FailureReason.PRODUCT_UNAVAILABLE, rejectionDetail(outOfStock, discontinued));
    }
  }

  private void requestPayment(
      CommandGateway commands, DeadlineManager deadlines, OrderSagaSettings settings) {
    stage = Stage.AWAITING_PAYMENT;
    send(commands, new RequestPayment(paymentId(), orderId, customerId, total, paymentMethodType));
    paymentDeadlineId = deadlines.schedule(settings.paymentTimeout(), PAYMENT_DEADLINE, orderId);
  }

  private void paymentRefused(String reason, CommandGateway commands, DeadlineManager deadlines) {
    if (stage != Stage.AWAITING_PAYMENT) {
      return;
    }
    cancelPaymentDeadline(deadlines);
    fail(commands, FailureReason.PAYMENT_DECLINED, FailureDetails.fit(reason));
  }

  /** Gives the order up: every reserved line is released and the order failed. */
  private void fail(CommandGateway commands, FailureReason reason, String detail) {
    stage = Stage.FAILING;
    compensationReason = "Order failed: " + reason;
    linesIn(RESERVED).forEach(productId -> release(commands, productId));
    send(commands, new FailOrder(orderId, reason, detail));
  }

  private void endOnceCancelledAndSettled(DeadlineManager deadlines) {
    if (stage == Stage.CANCELLED && linesIn(AWAITING_ANSWER).isEmpty()) {
      cancelReservationDeadline(deadlines);
      SagaLifecycle.end();
    }
  }

  private void release(CommandGateway commands, UUID productId) {
    record(productId, RELEASED);
    sendRelease(commands, productId);
  }

  private void sendRelease(CommandGateway commands, UUID productId) {
    send(commands, new ReleaseStock(productId, orderId, compensationReason));
  }

  private void cancelReservationDeadline(DeadlineManager deadlines) {
    if (reservationDeadlineId != null) {
      deadlines.cancelSchedule(RESERVATION_DEADLINE, reservationDeadlineId);
      reservationDeadlineId = null;
    }
  }

  private void cancelPaymentDeadline(DeadlineManager deadlines) {
    if (paymentDeadlineId != null) {
      deadlines.cancelSchedule(PAYMENT_DEADLINE, paymentDeadlineId);
      paymentDeadlineId = null;
    }
  }

  private boolean isAwaitingAnswerFor(UUID productId) {
    LineReservation line = lines.get(productId);
    return line != null && line.state() == AWAITING_ANSWER;
  }

  private void record(UUID productId, ReservationState state) {
    lines.computeIfPresent(productId, (id, line) -> line.now(state));
  }

  private List<UUID> linesIn(ReservationState state) {
    return lines.entrySet().stream()
        .filter(line -> line.getValue().state() == state)
        .map(Map.Entry::getKey)
        .toList();
  }

  private List<String> namesOf(List<UUID> productIds) {
    return productIds.stream().map(productId -> lines.get(productId).productName()).toList();
  }

  private String rejectionDetail(List<UUID> outOfStock, List<UUID> discontinued) {
    List<String> parts = new ArrayList<>();
    if (!outOfStock.isEmpty()) {
      parts.add("Not enough stock for " + String.join(", ", namesOf(outOfStock)));
    }
    if (!discontinued.isEmpty()) {
      parts.add("No longer available: " + String.join(", ", namesOf(discontinued)));
    }
    return FailureDetails.fit(String.join("; ", parts));
  }

  private UUID paymentId() {
    return PaymentIds.forOrder(orderId);
  }

  /** Sends without waiting: the saga reacts to the events the command causes, not to its result. */
  private void send(CommandGateway commands, Object command) {
    commands
        .send(command)
        .whenComplete(
            (result, failure) -> {
              if (failure != null) {
                log.warn("Order {}: {} failed: {}", orderId, command, failure.getMessage());
              }
            });
  }
}
