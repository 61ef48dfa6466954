package io.eventmart.order.order;

import static io.eventmart.order.order.OrderAction.CANCEL;
import static io.eventmart.order.order.OrderAction.CONFIRM;
import static io.eventmart.order.order.OrderAction.DELIVER;
import static io.eventmart.order.order.OrderAction.FAIL;
import static io.eventmart.order.order.OrderAction.SHIP;
import static io.eventmart.order.order.OrderAction.START_PROCESSING;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.eventmart.contracts.common.ShippingAddress;
import io.eventmart.contracts.order.OrderCommand.CancelOrder;
import io.eventmart.contracts.order.OrderCommand.ConfirmOrder;
import io.eventmart.contracts.order.OrderCommand.DeliverOrder;
import io.eventmart.contracts.order.OrderCommand.FailOrder;
import io.eventmart.contracts.order.OrderCommand.PlaceOrder;
import io.eventmart.contracts.order.OrderCommand.ShipOrder;
import io.eventmart.contracts.order.OrderCommand.StartOrderProcessing;
import io.eventmart.contracts.order.OrderEvent.OrderCancelled;
import io.eventmart.contracts.order.OrderEvent.OrderConfirmed;
import io.eventmart.contracts.order.OrderEvent.OrderDelivered;
import io.eventmart.contracts.order.OrderEvent.OrderFailed;
import io.eventmart.contracts.order.OrderEvent.OrderPlaced;
import io.eventmart.contracts.order.OrderEvent.OrderProcessingStarted;
import io.eventmart.contracts.order.OrderEvent.OrderShipped;
import io.eventmart.contracts.order.OrderLine;
import io.eventmart.contracts.order.OrderStatus;
import io.eventmart.order.catalog.OrderableProducts;
import io.eventmart.order.catalog.ProductCatalog;
import io.eventmart.order.paymentmethod.PaymentMethodVault;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * An order, event-sourced. It decides whether a command fits its status and records what happened;
 * the order saga coordinates stock and payment around it.
 *
 * <p>Customer and admin commands are strict: asking for a transition the status machine does not
 * allow is refused with {@link IllegalOrderTransition}. The saga's commands ({@link ConfirmOrder},
 * {@link FailOrder}) are idempotent, because the saga may send them again after a restart.
 */
public class Order {

  @AggregateIdentifier private UUID orderId;
  private UUID customerId;
  private List<OrderLine> lines;
  private ShippingAddress shippingAddress;
  private String paymentMethodType;
  private OrderStatus status;
  private UUID paymentId;

  /** For event sourcing, and for {@link PlaceOrder}, which creates the order if it is missing. */
  Order() {}

  /**
   * Places the order a cart's checkout turns into, inside the cart's unit of work (see {@code
   * Cart}), under the same rules as {@link PlaceOrder}.
   */
  public Order(PlaceOrder command, PaymentMethodVault vault, ProductCatalog catalog) {
    place(command, vault, catalog);
  }

  /**
   * Places the order, or answers the order id again when this exact order was placed before. The id
   * follows from customer and idempotency key, so a retried request lands here; creating the
   * aggregate only if it is missing means two identical placements can never both create it (the
   * event store refuses a second first event for the same id, and the retry finds the order).
   */
  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  UUID handle(PlaceOrder command, PaymentMethodVault vault, ProductCatalog catalog) {
    if (isPlaced()) {
      requireSamePlacementAs(command);
      return orderId;
    }
    place(command, vault, catalog);
    return command.orderId();
  }

  @CommandHandler
  void handle(ConfirmOrder command) {
    if (command.paymentId().equals(paymentId)) {
      return; // this payment already confirmed the order: a repeated confirmation from the saga
    }
    requireAllowed(CONFIRM);
    apply(new OrderConfirmed(orderId, command.paymentId()));
  }

  @CommandHandler
  void handle(StartOrderProcessing command) {
    requireAllowed(START_PROCESSING);
    apply(new OrderProcessingStarted(orderId));
  }

  @CommandHandler
  void handle(ShipOrder command) {
    requireAllowed(SHIP);
    apply(new OrderShipped(orderId));
  }

  @CommandHandler
  void handle(DeliverOrder command) {
    requireAllowed(DELIVER);
    apply(new OrderDelivered(orderId));
  }

  @CommandHandler
  void handle(CancelOrder command) {
    requireAllowed(CANCEL);
    apply(new OrderCancelled(orderId, status, command.cancelledBy(), command.reason()));
  }

  @CommandHandler
  void handle(FailOrder command) {
    if (status == OrderStatus.FAILED) {
      return; // a repeated decision of the saga
    }
    requireAllowed(FAIL);
    apply(new OrderFailed(orderId, command.reason(), command.detail()));
  }

  private void place(PlaceOrder command, PaymentMethodVault vault, ProductCatalog catalog) {
    PlacementRules.check(command.lines());
    OrderableProducts.require(
        catalog, command.lines().stream().map(OrderLine::productId).toList(), "order");
    apply(
        new OrderPlaced(
            command.orderId(),
            command.customerId(),
            command.lines(),
            PlacementRules.totalOf(command.lines()),
            command.shippingAddress(),
            command.paymentMethod().type(),
            command.idempotencyKey()));
    // The token never enters an event: the vault keeps it, in this unit of work, until the payment
    // is settled.
    vault.store(command.orderId(), command.paymentMethod());
  }

  private boolean isPlaced() {
    return status != null;
  }

  /** A retried placement must be the same order; the idempotency key is not for new content. */
  private void requireSamePlacementAs(PlaceOrder command) {
    boolean samePlacement =
        customerId.equals(command.customerId())
            && lines.equals(command.lines())
            && shippingAddress.equals(command.shippingAddress())
            && paymentMethodType.equals(command.paymentMethod().type());
    if (!samePlacement) {
      throw new IdempotencyKeyReused(orderId);
    }
  }

  private void requireAllowed(OrderAction action) {
    if (!action.isAllowedFrom(status)) {
      throw new IllegalOrderTransition(orderId, status, action);
    }
  }

  @EventSourcingHandler
  void on(OrderPlaced event) {
    orderId = event.orderId();
    customerId = event.customerId();
    lines = event.lines();
    shippingAddress = event.shippingAddress();
    paymentMethodType = event.paymentMethodType();
    status = OrderStatus.PENDING;
  }

  @EventSourcingHandler
  void on(OrderConfirmed event) {
    paymentId = event.paymentId();
    status = OrderStatus.CONFIRMED;
  }

  @EventSourcingHandler
  void on(OrderProcessingStarted event) {
    status = OrderStatus.PROCESSING;
  }

  @EventSourcingHandler
  void on(OrderShipped event) {
    status = OrderStatus.SHIPPED;
  }

  @EventSourcingHandler
  void on(OrderDelivered event) {
    status = OrderStatus.DELIVERED;
  }

  @EventSourcingHandler
  void on(OrderCancelled event) {
    status = OrderStatus.CANCELLED;
  }

  @EventSourcingHandler
  void on(OrderFailed event) {
    status = OrderStatus.FAILED;
  }
}
