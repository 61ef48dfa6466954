package io.eventmart.contracts.order.query;

import java.math.BigDecimal;
import java.util.UUID;

/** One line of an order as the customer sees it. */
public record OrderItemView(
    UUID productId, String name, int quantity, BigDecimal unitPrice, BigDecimal lineTotal) {}
