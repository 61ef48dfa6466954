package io.eventmart.catalog.cart;

import io.eventmart.catalog.cart.CartPricing.PricedLine;
import io.eventmart.contracts.cart.query.CartQuery.FindCart;
import io.eventmart.contracts.cart.query.CartView;
import java.math.BigDecimal;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.r2dbc.core.DatabaseClient;

/** Answers for customers' carts without blocking. */
public class CartQueries {

  private final DatabaseClient database;

  public CartQueries(DatabaseClient database) {
    this.database = database;
  }

  /**
   * The cart's lines in the order they were added, at the products' current names and prices; an
   * unknown cart is an empty one.
   */
  @QueryHandler
  CompletableFuture<CartView> handle(FindCart query) {
    return database
        .sql(
            """
            SELECT i.product_id, i.quantity, p.name, p.price, p.currency
            FROM catalog.cart_items i LEFT JOIN catalog.products p ON p.product_id = i.product_id
            WHERE i.cart_id = :cartId ORDER BY i.position""")
        .bind("cartId", query.cartId())
        .map(
            row -> {
              Integer quantity = row.get("quantity", Integer.class);
              return new PricedLine(
                  row.get("product_id", UUID.class),
                  quantity == null ? 0 : quantity,
                  row.get("name", String.class),
                  row.get("price", BigDecimal.class),
                  row.get("currency", String.class));
            })
        .all()
        .collectList()
        .map(lines -> CartPricing.price(query.cartId(), lines))
        .toFuture();
  }
}
