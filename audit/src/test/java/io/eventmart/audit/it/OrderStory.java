package io.eventmart.audit.it;

import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.common.ShippingAddress;
import io.eventmart.contracts.order.OrderEvent.OrderConfirmed;
import io.eventmart.contracts.order.OrderEvent.OrderPlaced;
import io.eventmart.contracts.order.OrderLine;
import io.eventmart.contracts.payment.PaymentEvent.PaymentAuthorized;
import io.eventmart.contracts.payment.PaymentEvent.PaymentCaptured;
import io.eventmart.contracts.payment.PaymentEvent.PaymentRequested;
import io.eventmart.contracts.payment.PaymentIds;
import io.eventmart.contracts.product.ProductEvent.ProductPriceChanged;
import io.eventmart.contracts.product.ProductEvent.ProductRegistered;
import io.eventmart.contracts.product.StockEvent.StockInitialized;
import io.eventmart.contracts.product.StockEvent.StockReserved;
import io.eventmart.contracts.product.StockLevels;
import java.util.List;
import java.util.UUID;

/**
 * Test data: the story of one order told as the aggregates record it — an admin registers a kettle
 * (one request), a customer buys two (another request: the order, the reservation, the payment and
 * the confirmation), and the admin changes the kettle's price (a third request).
 */
final class OrderStory {

  static final Money PRICE = Money.of("40.00", "EUR");
  static final ShippingAddress ADDRESS =
      new ShippingAddress("Ada Lovelace", "1 Analytical St", "London", "N1 9GU", "GB");

  final UUID product = UUID.randomUUID();
  final UUID order = UUID.randomUUID();
  final UUID customer = UUID.randomUUID();
  final UUID payment = PaymentIds.forOrder(order);
  final String registration = "registration-" + UUID.randomUUID();
  final String checkout = "checkout-" + UUID.randomUUID();
  final String repricing = "repricing-" + UUID.randomUUID();

  EventFeed.Request registered;
  EventFeed.Request checkedOut;
  EventFeed.Request repriced;

  /** Appends the whole story to the event store. */
  OrderStory tellTo(EventFeed feed) {
    registered =
        feed.request(registration)
            .product(
                product,
                new ProductRegistered(
                    product, "KET-" + product, "Electric Kettle", "1.7 l", "kitchen", PRICE),
                new StockInitialized(product, StockLevels.of(10, 0), 3));
    Money total = PRICE.times(2);
    checkedOut =
        feed.request(checkout)
            .order(
                order,
                new OrderPlaced(
                    order,
                    customer,
                    List.of(new OrderLine(product, "Electric Kettle", 2, PRICE)),
                    total,
                    ADDRESS,
                    "card",
                    null))
            .product(product, new StockReserved(product, order, 2, StockLevels.of(10, 2)))
            .payment(
                payment,
                new PaymentRequested(payment, order, customer, total, "card"),
                new PaymentAuthorized(payment, order, "auth-1"),
                new PaymentCaptured(payment, order, total, "capture-1"))
            .order(order, new OrderConfirmed(order, payment));
    repriced =
        feed.request(repricing)
            .product(product, new ProductPriceChanged(product, PRICE, Money.of("35.00", "EUR")));
    return this;
  }
}
