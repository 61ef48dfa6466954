package io.eventmart.order.testdata;

import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.common.PaymentMethod;
import io.eventmart.contracts.common.ShippingAddress;
import io.eventmart.contracts.order.OrderCommand.PlaceOrder;
import io.eventmart.contracts.order.OrderEvent.OrderPlaced;
import io.eventmart.contracts.order.OrderIds;
import io.eventmart.contracts.order.OrderLine;
import java.util.List;
import java.util.UUID;

/**
 * Builds a placement and the {@link OrderPlaced} it leads to, with sensible defaults: two mugs and
 * a pen for a fixed customer, paid by card. Tests change only what they are about.
 */
public final class OrderBuilder {

  public static final UUID CUSTOMER = UUID.fromString("c0ffee00-0000-4000-8000-000000000001");
  public static final String IDEMPOTENCY_KEY = "checkout-2026-11-23-001";
  public static final String CARD_TOKEN = "tok_visa_4242_secret";
  public static final ShippingAddress ADDRESS =
      new ShippingAddress("Ada Lovelace", "12 St James's Square", "London", "SW1Y 4JH", "GB");

  private UUID customerId = CUSTOMER;
  private String idempotencyKey = IDEMPOTENCY_KEY;
  private UUID orderId;
  private List<OrderLine> lines = List.of(Products.MUG.line(2), Products.PEN.line(1));
  private ShippingAddress shippingAddress = ADDRESS;
  private PaymentMethod paymentMethod = PaymentMethod.card(CARD_TOKEN);

  private OrderBuilder() {}

  public static OrderBuilder anOrder() {
    return new OrderBuilder();
  }

  public OrderBuilder withId(UUID orderId) {
    this.orderId = orderId;
    return this;
  }

  public OrderBuilder withIdempotencyKey(String idempotencyKey) {
    this.idempotencyKey = idempotencyKey;
    return this;
  }

  public OrderBuilder withLines(OrderLine... lines) {
    this.lines = List.of(lines);
    return this;
  }

  public OrderBuilder withLines(List<OrderLine> lines) {
    this.lines = List.copyOf(lines);
    return this;
  }

  public OrderBuilder withShippingAddress(ShippingAddress shippingAddress) {
    this.shippingAddress = shippingAddress;
    return this;
  }

  public OrderBuilder withPaymentMethod(PaymentMethod paymentMethod) {
    this.paymentMethod = paymentMethod;
    return this;
  }

  /**
   * The order id: given explicitly, or derived from customer and idempotency key as the edge does.
   */
  public UUID id() {
    return orderId != null ? orderId : OrderIds.forIdempotencyKey(customerId, idempotencyKey);
  }

  public PlaceOrder placeOrder() {
    return new PlaceOrder(id(), customerId, lines, shippingAddress, paymentMethod, idempotencyKey);
  }

  public OrderPlaced placed() {
    return new OrderPlaced(
        id(),
        customerId,
        lines,
        totalOf(lines),
        shippingAddress,
        paymentMethod.type(),
        idempotencyKey);
  }

  private static Money totalOf(List<OrderLine> lines) {
    return lines.stream().map(OrderLine::lineTotal).reduce(Money::plus).orElseThrow();
  }
}
