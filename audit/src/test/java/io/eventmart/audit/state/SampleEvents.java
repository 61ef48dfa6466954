package io.eventmart.audit.state;

import io.eventmart.contracts.cart.CartEvent.CartCheckedOut;
import io.eventmart.contracts.cart.CartEvent.CartCleared;
import io.eventmart.contracts.cart.CartEvent.CartItemAdded;
import io.eventmart.contracts.cart.CartEvent.CartItemQuantityChanged;
import io.eventmart.contracts.cart.CartEvent.CartItemRemoved;
import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.common.ShippingAddress;
import io.eventmart.contracts.order.CancelledBy;
import io.eventmart.contracts.order.FailureReason;
import io.eventmart.contracts.order.OrderEvent.OrderCancelled;
import io.eventmart.contracts.order.OrderEvent.OrderConfirmed;
import io.eventmart.contracts.order.OrderEvent.OrderDelivered;
import io.eventmart.contracts.order.OrderEvent.OrderFailed;
import io.eventmart.contracts.order.OrderEvent.OrderPlaced;
import io.eventmart.contracts.order.OrderEvent.OrderProcessingStarted;
import io.eventmart.contracts.order.OrderEvent.OrderShipped;
import io.eventmart.contracts.order.OrderLine;
import io.eventmart.contracts.order.OrderStatus;
import io.eventmart.contracts.payment.PaymentEvent.PaymentAuthorized;
import io.eventmart.contracts.payment.PaymentEvent.PaymentCaptured;
import io.eventmart.contracts.payment.PaymentEvent.PaymentDeclined;
import io.eventmart.contracts.payment.PaymentEvent.PaymentFailed;
import io.eventmart.contracts.payment.PaymentEvent.PaymentRefundFailed;
import io.eventmart.contracts.payment.PaymentEvent.PaymentRefundRequested;
import io.eventmart.contracts.payment.PaymentEvent.PaymentRefunded;
import io.eventmart.contracts.payment.PaymentEvent.PaymentRequested;
import io.eventmart.contracts.payment.PaymentEvent.PaymentVoided;
import io.eventmart.contracts.payment.PaymentStatus;
import io.eventmart.contracts.product.ProductEvent.ProductDetailsChanged;
import io.eventmart.contracts.product.ProductEvent.ProductDiscontinued;
import io.eventmart.contracts.product.ProductEvent.ProductPriceChanged;
import io.eventmart.contracts.product.ProductEvent.ProductRegistered;
import io.eventmart.contracts.product.ReservationRejectionReason;
import io.eventmart.contracts.product.StockEvent.LowStockDetected;
import io.eventmart.contracts.product.StockEvent.LowStockResolved;
import io.eventmart.contracts.product.StockEvent.StockCommitted;
import io.eventmart.contracts.product.StockEvent.StockCountCorrected;
import io.eventmart.contracts.product.StockEvent.StockInitialized;
import io.eventmart.contracts.product.StockEvent.StockReleased;
import io.eventmart.contracts.product.StockEvent.StockReservationRejected;
import io.eventmart.contracts.product.StockEvent.StockReserved;
import io.eventmart.contracts.product.StockEvent.StockRestocked;
import io.eventmart.contracts.product.StockLevels;
import java.util.List;
import java.util.UUID;

/**
 * Test data: one order of a kettle and two mugs, paid, refunded in part; the kettle's product with
 * its stock; and the customer's cart. Every id is fixed, so expectations can name them.
 */
final class SampleEvents {

  static final UUID ORDER = UUID.fromString("00000000-0000-0000-0000-00000000000a");
  static final UUID CUSTOMER = UUID.fromString("00000000-0000-0000-0000-00000000000c");
  static final UUID KETTLE = UUID.fromString("00000000-0000-0000-0000-0000000000e1");
  static final UUID MUG = UUID.fromString("00000000-0000-0000-0000-0000000000e2");
  static final UUID PAYMENT = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
  static final UUID REFUND = UUID.fromString("00000000-0000-0000-0000-0000000000f2");
  static final UUID OTHER_ORDER = UUID.fromString("00000000-0000-0000-0000-00000000000b");

  static final ShippingAddress ADDRESS =
      new ShippingAddress("Ada Lovelace", "1 Analytical St", "London", "N1 9GU", "GB");

  private SampleEvents() {}

  static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }

  // ------------------------------------------------------------------ order

  static OrderPlaced orderPlaced() {
    return new OrderPlaced(
        ORDER,
        CUSTOMER,
        List.of(
            new OrderLine(KETTLE, "Electric Kettle", 1, eur("40.00")),
            new OrderLine(MUG, "Enamel Mug", 2, eur("10.00"))),
        eur("60.00"),
        ADDRESS,
        "card",
        "key-1");
  }

  static OrderConfirmed orderConfirmed() {
    return new OrderConfirmed(ORDER, PAYMENT);
  }

  static OrderProcessingStarted processingStarted() {
    return new OrderProcessingStarted(ORDER);
  }

  static OrderShipped orderShipped() {
    return new OrderShipped(ORDER);
  }

  static OrderDelivered orderDelivered() {
    return new OrderDelivered(ORDER);
  }

  static OrderCancelled orderCancelled() {
    return new OrderCancelled(
        ORDER, OrderStatus.CONFIRMED, CancelledBy.CUSTOMER, "changed my mind");
  }

  static OrderFailed orderFailed() {
    return new OrderFailed(ORDER, FailureReason.OUT_OF_STOCK, "Enamel Mug: 1 of 2 available");
  }

  // ------------------------------------------------------------------ cart

  static CartItemAdded cartItemAdded(UUID productId, int added, int quantity) {
    return new CartItemAdded(CUSTOMER, productId, added, quantity);
  }

  static CartItemQuantityChanged cartItemQuantityChanged(UUID productId, int quantity) {
    return new CartItemQuantityChanged(CUSTOMER, productId, quantity);
  }

  static CartItemRemoved cartItemRemoved(UUID productId) {
    return new CartItemRemoved(CUSTOMER, productId);
  }

  static CartCleared cartCleared() {
    return new CartCleared(CUSTOMER);
  }

  static CartCheckedOut cartCheckedOut() {
    return new CartCheckedOut(CUSTOMER, ORDER, orderPlaced().lines());
  }

  // ------------------------------------------------------------------ product and stock

  static ProductRegistered productRegistered() {
    return new ProductRegistered(
        KETTLE, "KET-1", "Electric Kettle", "1.7 l, steel", "kitchen", eur("40.00"));
  }

  static ProductDetailsChanged productDetailsChanged() {
    return new ProductDetailsChanged(KETTLE, "Quiet Kettle", "1.7 l, steel, quiet", "appliances");
  }

  static ProductPriceChanged productPriceChanged() {
    return new ProductPriceChanged(KETTLE, eur("40.00"), eur("35.50"));
  }

  static ProductDiscontinued productDiscontinued() {
    return new ProductDiscontinued(KETTLE);
  }

  static StockInitialized stockInitialized() {
    return new StockInitialized(KETTLE, StockLevels.of(10, 0), 3);
  }

  static StockRestocked stockRestocked() {
    return new StockRestocked(KETTLE, 5, StockLevels.of(15, 0));
  }

  static StockCountCorrected stockCountCorrected() {
    return new StockCountCorrected(KETTLE, 15, "annual count", StockLevels.of(12, 0));
  }

  static StockReserved stockReserved(UUID orderId, int quantity, StockLevels levels) {
    return new StockReserved(KETTLE, orderId, quantity, levels);
  }

  static StockReservationRejected stockReservationRejected() {
    return new StockReservationRejected(
        KETTLE, OTHER_ORDER, 50, 2, ReservationRejectionReason.INSUFFICIENT_STOCK);
  }

  static StockReleased stockReleased(UUID orderId, int quantity, StockLevels levels) {
    return new StockReleased(KETTLE, orderId, quantity, "order cancelled", levels);
  }

  static StockCommitted stockCommitted(UUID orderId, int quantity, StockLevels levels) {
    return new StockCommitted(KETTLE, orderId, quantity, levels);
  }

  static LowStockDetected lowStockDetected() {
    return new LowStockDetected(KETTLE, 2, 3);
  }

  static LowStockResolved lowStockResolved() {
    return new LowStockResolved(KETTLE, 7, 3);
  }

  // ------------------------------------------------------------------ payment

  static PaymentRequested paymentRequested() {
    return new PaymentRequested(PAYMENT, ORDER, CUSTOMER, eur("60.00"), "card");
  }

  static PaymentAuthorized paymentAuthorized() {
    return new PaymentAuthorized(PAYMENT, ORDER, "auth-1");
  }

  static PaymentCaptured paymentCaptured() {
    return new PaymentCaptured(PAYMENT, ORDER, eur("60.00"), "capture-1");
  }

  static PaymentDeclined paymentDeclined() {
    return new PaymentDeclined(PAYMENT, ORDER, "insufficient funds");
  }

  static PaymentFailed paymentFailed() {
    return new PaymentFailed(PAYMENT, ORDER, "gateway unavailable");
  }

  static PaymentVoided paymentVoided() {
    return new PaymentVoided(PAYMENT, ORDER, "payment timed out");
  }

  static PaymentRefundRequested refundRequested(String amount) {
    return new PaymentRefundRequested(PAYMENT, ORDER, REFUND, eur(amount), "mug arrived broken");
  }

  static PaymentRefunded refunded(String amount, String total, PaymentStatus status) {
    return new PaymentRefunded(PAYMENT, ORDER, REFUND, eur(amount), eur(total), status, "refund-1");
  }

  static PaymentRefundFailed refundFailed(String amount) {
    return new PaymentRefundFailed(PAYMENT, ORDER, REFUND, eur(amount), "card expired");
  }
}
