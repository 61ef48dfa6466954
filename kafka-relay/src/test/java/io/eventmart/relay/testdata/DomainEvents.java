package io.eventmart.relay.testdata;

import io.eventmart.contracts.cart.CartEvent;
import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.common.ShippingAddress;
import io.eventmart.contracts.order.CancelledBy;
import io.eventmart.contracts.order.FailureReason;
import io.eventmart.contracts.order.OrderEvent;
import io.eventmart.contracts.order.OrderLine;
import io.eventmart.contracts.order.OrderStatus;
import io.eventmart.contracts.payment.PaymentEvent;
import io.eventmart.contracts.payment.PaymentStatus;
import io.eventmart.contracts.product.ProductEvent;
import io.eventmart.contracts.product.ReservationRejectionReason;
import io.eventmart.contracts.product.StockEvent;
import io.eventmart.contracts.product.StockLevels;
import java.util.List;
import java.util.UUID;

/** One example of every domain event the relay publishes, with fixed ids. */
public final class DomainEvents {

  public static final UUID PRODUCT = UUID.fromString("00000000-0000-0000-0000-00000000a001");
  public static final UUID OTHER_PRODUCT = UUID.fromString("00000000-0000-0000-0000-00000000a002");
  public static final UUID ORDER = UUID.fromString("00000000-0000-0000-0000-00000000b001");
  public static final UUID CUSTOMER = UUID.fromString("00000000-0000-0000-0000-00000000c001");
  public static final UUID PAYMENT = UUID.fromString("00000000-0000-0000-0000-00000000d001");
  public static final UUID REFUND = UUID.fromString("00000000-0000-0000-0000-00000000e001");

  public static final ShippingAddress ADDRESS =
      new ShippingAddress("Ada Lovelace", "1 Analytical Way", "London", "N1 7AA", "GB");

  private DomainEvents() {}

  public static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  public static List<OrderLine> lines() {
    return List.of(
        new OrderLine(PRODUCT, "Kettle", 2, eur("24.50")),
        new OrderLine(OTHER_PRODUCT, "Mug", 1, eur("6.00")));
  }

  public static OrderEvent.OrderPlaced orderPlaced() {
    return new OrderEvent.OrderPlaced(
        ORDER, CUSTOMER, lines(), eur("55.00"), ADDRESS, "card", "key-1");
  }

  public static StockEvent.StockRestocked restocked(UUID product, int quantity, int onHand) {
    return new StockEvent.StockRestocked(product, quantity, StockLevels.of(onHand, 0));
  }

  public static List<ProductEvent> productEvents() {
    return List.of(
        new ProductEvent.ProductRegistered(
            PRODUCT, "KET-1", "Kettle", "Boils water", "Kitchen", eur("24.50")),
        new ProductEvent.ProductDetailsChanged(PRODUCT, "Kettle XL", "Boils more", "Kitchen"),
        new ProductEvent.ProductPriceChanged(PRODUCT, eur("24.50"), eur("29.90")),
        new ProductEvent.ProductDiscontinued(PRODUCT));
  }

  public static List<StockEvent> stockEvents() {
    return List.of(
        new StockEvent.StockInitialized(PRODUCT, StockLevels.of(10, 0), 5),
        restocked(PRODUCT, 5, 15),
        new StockEvent.StockCountCorrected(PRODUCT, 15, "broken box", StockLevels.of(14, 0)),
        new StockEvent.StockReserved(PRODUCT, ORDER, 2, StockLevels.of(14, 2)),
        new StockEvent.StockReservationRejected(
            PRODUCT, ORDER, 20, 12, ReservationRejectionReason.INSUFFICIENT_STOCK),
        new StockEvent.StockReleased(PRODUCT, ORDER, 2, "Order failed", StockLevels.of(14, 0)),
        new StockEvent.StockCommitted(PRODUCT, ORDER, 2, StockLevels.of(12, 0)),
        new StockEvent.LowStockDetected(PRODUCT, 4, 5),
        new StockEvent.LowStockResolved(PRODUCT, 9, 5));
  }

  public static List<OrderEvent> orderEvents() {
    return List.of(
        orderPlaced(),
        new OrderEvent.OrderConfirmed(ORDER, PAYMENT),
        new OrderEvent.OrderProcessingStarted(ORDER),
        new OrderEvent.OrderShipped(ORDER),
        new OrderEvent.OrderDelivered(ORDER),
        new OrderEvent.OrderCancelled(
            ORDER, OrderStatus.CONFIRMED, CancelledBy.CUSTOMER, "changed my mind"),
        new OrderEvent.OrderFailed(ORDER, FailureReason.OUT_OF_STOCK, "Not enough stock"));
  }

  public static List<PaymentEvent> paymentEvents() {
    return List.of(
        new PaymentEvent.PaymentRequested(PAYMENT, ORDER, CUSTOMER, eur("55.00"), "card"),
        new PaymentEvent.PaymentAuthorized(PAYMENT, ORDER, "gw-auth-1"),
        new PaymentEvent.PaymentCaptured(PAYMENT, ORDER, eur("55.00"), "gw-cap-1"),
        new PaymentEvent.PaymentDeclined(PAYMENT, ORDER, "insufficient funds"),
        new PaymentEvent.PaymentFailed(PAYMENT, ORDER, "payment gateway unavailable"),
        new PaymentEvent.PaymentVoided(PAYMENT, ORDER, "Order cancelled by CUSTOMER"),
        new PaymentEvent.PaymentRefundRequested(PAYMENT, ORDER, REFUND, eur("20.00"), "damaged"),
        new PaymentEvent.PaymentRefunded(
            PAYMENT,
            ORDER,
            REFUND,
            eur("20.00"),
            eur("20.00"),
            PaymentStatus.PARTIALLY_REFUNDED,
            "gw-ref-1"),
        new PaymentEvent.PaymentRefundFailed(
            PAYMENT, ORDER, REFUND, eur("20.00"), "gateway said no"));
  }

  public static List<CartEvent> cartEvents() {
    return List.of(
        new CartEvent.CartItemAdded(CUSTOMER, PRODUCT, 2, 2),
        new CartEvent.CartItemQuantityChanged(CUSTOMER, PRODUCT, 3),
        new CartEvent.CartItemRemoved(CUSTOMER, PRODUCT),
        new CartEvent.CartCleared(CUSTOMER),
        new CartEvent.CartCheckedOut(CUSTOMER, ORDER, lines()));
  }
}
