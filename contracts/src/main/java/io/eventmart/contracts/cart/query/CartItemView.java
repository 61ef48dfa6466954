package io.eventmart.contracts.cart.query;

import java.math.BigDecimal;
import java.util.UUID;

/** One line of a cart, priced at the product's current price. */
public record CartItemView(
    UUID productId, String name, int quantity, BigDecimal unitPrice, BigDecimal lineTotal) {}
