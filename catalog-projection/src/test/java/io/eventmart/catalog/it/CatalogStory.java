package io.eventmart.catalog.it;

import static io.eventmart.catalog.it.OrderBuilder.anOrder;
import static io.eventmart.catalog.it.ProductBuilder.aProduct;

import io.eventmart.contracts.cart.CartEvent.CartCheckedOut;
import io.eventmart.contracts.cart.CartEvent.CartItemAdded;
import io.eventmart.contracts.cart.CartEvent.CartItemQuantityChanged;
import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.order.CancelledBy;
import io.eventmart.contracts.order.FailureReason;
import io.eventmart.contracts.order.OrderEvent.OrderCancelled;
import io.eventmart.contracts.order.OrderEvent.OrderConfirmed;
import io.eventmart.contracts.order.OrderEvent.OrderDelivered;
import io.eventmart.contracts.order.OrderEvent.OrderFailed;
import io.eventmart.contracts.order.OrderEvent.OrderProcessingStarted;
import io.eventmart.contracts.order.OrderEvent.OrderShipped;
import io.eventmart.contracts.order.OrderLine;
import io.eventmart.contracts.order.OrderStatus;
import io.eventmart.contracts.payment.PaymentEvent.PaymentAuthorized;
import io.eventmart.contracts.payment.PaymentEvent.PaymentCaptured;
import io.eventmart.contracts.payment.PaymentEvent.PaymentDeclined;
import io.eventmart.contracts.payment.PaymentEvent.PaymentRefundRequested;
import io.eventmart.contracts.payment.PaymentEvent.PaymentRefunded;
import io.eventmart.contracts.payment.PaymentEvent.PaymentRequested;
import io.eventmart.contracts.payment.PaymentIds;
import io.eventmart.contracts.payment.PaymentStatus;
import io.eventmart.contracts.product.ProductEvent.ProductDetailsChanged;
import io.eventmart.contracts.product.ProductEvent.ProductDiscontinued;
import io.eventmart.contracts.product.ProductEvent.ProductPriceChanged;
import io.eventmart.contracts.product.StockEvent.LowStockDetected;
import io.eventmart.contracts.product.StockEvent.StockCommitted;
import io.eventmart.contracts.product.StockEvent.StockReleased;
import io.eventmart.contracts.product.StockEvent.StockReserved;
import io.eventmart.contracts.product.StockLevels;
import java.util.List;
import java.util.UUID;

/**
 * A day of the shop in events, touching every table of the catalog: products whose details, prices
 * and stock change; an order delivered, one cancelled and refunded, one failed, one still pending;
 * a cart still filled and one checked out.
 */
final class CatalogStory {

  final ProductBuilder kettle =
      aProduct().named("Kettle").pricedAt("25.00").withStock(4).lowBelow(3);
  final ProductBuilder mug = aProduct().named("Mug").pricedAt("4.50");
  final ProductBuilder lamp = aProduct().named("Lamp").pricedAt("40.00");
  final OrderBuilder delivered = anOrder().withLine("Kettle", 2, "25.00");
  final OrderBuilder cancelled = anOrder().withLine("Mug", 2, "4.50");
  final OrderBuilder failed = anOrder();
  final OrderBuilder pending = anOrder();
  final UUID filledCart = UUID.randomUUID();
  final UUID checkedOutCart = UUID.randomUUID();

  CatalogStory tellTo(EventFeed given) {
    products(given);
    deliveredOrder(given);
    cancelledOrder(given);
    failedOrder(given);
    given.order(pending.id(), pending.placed());
    carts(given);
    return this;
  }

  private void products(EventFeed given) {
    UUID kettleId = kettle.id();
    given.product(kettleId, kettle.registered());
    given.product(mug.id(), mug.registered());
    given.product(lamp.id(), lamp.registered());
    given.product(
        kettleId,
        new ProductDetailsChanged(kettleId, "Kettle Pro", "Boils faster", "kitchen"),
        new StockReserved(kettleId, delivered.id(), 2, StockLevels.of(4, 2)),
        new LowStockDetected(kettleId, 2, 3),
        new StockCommitted(kettleId, delivered.id(), 2, StockLevels.of(2, 0)));
    given.product(
        mug.id(),
        new StockReserved(mug.id(), cancelled.id(), 2, StockLevels.of(10, 2)),
        new StockReleased(mug.id(), cancelled.id(), 2, "Order cancelled", StockLevels.of(10, 0)));
    given.product(lamp.id(), new ProductDiscontinued(lamp.id()));
  }

  private void deliveredOrder(EventFeed given) {
    UUID orderId = delivered.id();
    UUID paymentId = PaymentIds.forOrder(orderId);
    Money total = delivered.placed().total();
    given.order(orderId, delivered.placed());
    given.payment(
        paymentId,
        new PaymentRequested(paymentId, orderId, delivered.customerId(), total, "card"),
        new PaymentAuthorized(paymentId, orderId, "auth-delivered"),
        new PaymentCaptured(paymentId, orderId, total, "capture-delivered"));
    given.order(
        orderId,
        new OrderConfirmed(orderId, paymentId),
        new OrderProcessingStarted(orderId),
        new OrderShipped(orderId),
        new OrderDelivered(orderId));
    UUID refundId = UUID.randomUUID();
    Money partly = Money.of("5.00", "EUR");
    given.payment(
        paymentId,
        new PaymentRefundRequested(paymentId, orderId, refundId, partly, "Scratched"),
        new PaymentRefunded(
            paymentId,
            orderId,
            refundId,
            partly,
            partly,
            PaymentStatus.PARTIALLY_REFUNDED,
            "refund-delivered"));
  }

  private void cancelledOrder(EventFeed given) {
    UUID orderId = cancelled.id();
    UUID paymentId = PaymentIds.forOrder(orderId);
    UUID refundId = PaymentIds.cancellationRefund(paymentId);
    Money total = cancelled.placed().total();
    given.order(orderId, cancelled.placed());
    given.payment(
        paymentId,
        new PaymentRequested(paymentId, orderId, cancelled.customerId(), total, "card"),
        new PaymentAuthorized(paymentId, orderId, "auth-cancelled"),
        new PaymentCaptured(paymentId, orderId, total, "capture-cancelled"));
    given.order(
        orderId,
        new OrderConfirmed(orderId, paymentId),
        new OrderCancelled(orderId, OrderStatus.CONFIRMED, CancelledBy.ADMIN, "Out of stock"));
    given.payment(
        paymentId,
        new PaymentRefundRequested(paymentId, orderId, refundId, total, "Order cancelled"),
        new PaymentRefunded(
            paymentId,
            orderId,
            refundId,
            total,
            total,
            PaymentStatus.REFUNDED,
            "refund-cancelled"));
  }

  private void failedOrder(EventFeed given) {
    UUID orderId = failed.id();
    UUID paymentId = PaymentIds.forOrder(orderId);
    given.order(orderId, failed.placed());
    given.payment(
        paymentId,
        new PaymentRequested(
            paymentId, orderId, failed.customerId(), failed.placed().total(), "card"),
        new PaymentDeclined(paymentId, orderId, "Insufficient funds"));
    given.order(orderId, new OrderFailed(orderId, FailureReason.PAYMENT_DECLINED, "Card declined"));
  }

  private void carts(EventFeed given) {
    given.cart(
        filledCart,
        new CartItemAdded(filledCart, kettle.id(), 1, 1),
        new CartItemAdded(filledCart, mug.id(), 2, 2),
        new CartItemQuantityChanged(filledCart, mug.id(), 4));
    given.product(
        mug.id(), new ProductPriceChanged(mug.id(), mug.price(), Money.of("5.00", "EUR")));
    given.cart(
        checkedOutCart,
        new CartItemAdded(checkedOutCart, kettle.id(), 1, 1),
        new CartCheckedOut(
            checkedOutCart,
            UUID.randomUUID(),
            List.of(new OrderLine(kettle.id(), "Kettle Pro", 1, kettle.price()))));
  }
}
