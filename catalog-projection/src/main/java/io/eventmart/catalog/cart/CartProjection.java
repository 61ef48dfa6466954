package io.eventmart.catalog.cart;

import io.eventmart.catalog.readmodel.CatalogReadModel;
import io.eventmart.catalog.readmodel.ReadModelStore;
import io.eventmart.contracts.cart.CartEvent.CartCheckedOut;
import io.eventmart.contracts.cart.CartEvent.CartCleared;
import io.eventmart.contracts.cart.CartEvent.CartItemAdded;
import io.eventmart.contracts.cart.CartEvent.CartItemQuantityChanged;
import io.eventmart.contracts.cart.CartEvent.CartItemRemoved;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/**
 * Writes {@code catalog.carts} and {@code catalog.cart_items} from the cart aggregate's events.
 *
 * <p>Each event first claims its sequence on the cart's row, then changes the items, in one
 * transaction: an event at or below the cart's {@code last_sequence} changes nothing. The cart's
 * row stays when the cart is emptied, so it keeps guarding against old events.
 */
@ProcessingGroup(CatalogReadModel.PROCESSING_GROUP)
public class CartProjection {

  private final ReadModelStore store;

  public CartProjection(ReadModelStore store) {
    this.store = store;
  }

  /**
   * A new line goes after the others (its position is this event's sequence); a line already in the
   * cart keeps its place and takes the new quantity.
   */
  @EventHandler
  void on(CartItemAdded event, @SequenceNumber long sequence, @Timestamp Instant at) {
    apply(
        event.cartId(),
        sequence,
        at,
        database ->
            database
                .sql(
                    """
                    INSERT INTO catalog.cart_items (cart_id, product_id, quantity, position)
                    VALUES (:cartId, :productId, :quantity, :position)
                    ON CONFLICT (cart_id, product_id) DO UPDATE SET quantity = EXCLUDED.quantity""")
                .bind("cartId", event.cartId())
                .bind("productId", event.productId())
                .bind("quantity", event.quantity())
                .bind("position", sequence));
  }

  @EventHandler
  void on(CartItemQuantityChanged event, @SequenceNumber long sequence, @Timestamp Instant at) {
    apply(
        event.cartId(),
        sequence,
        at,
        database ->
            database
                .sql(
                    """
                    UPDATE catalog.cart_items SET quantity = :quantity
                    WHERE cart_id = :cartId AND product_id = :productId""")
                .bind("cartId", event.cartId())
                .bind("productId", event.productId())
                .bind("quantity", event.quantity()));
  }

  @EventHandler
  void on(CartItemRemoved event, @SequenceNumber long sequence, @Timestamp Instant at) {
    apply(
        event.cartId(),
        sequence,
        at,
        database ->
            database
                .sql(
                    "DELETE FROM catalog.cart_items WHERE cart_id = :cartId"
                        + " AND product_id = :productId")
                .bind("cartId", event.cartId())
                .bind("productId", event.productId()));
  }

  @EventHandler
  void on(CartCleared event, @SequenceNumber long sequence, @Timestamp Instant at) {
    empty(event.cartId(), sequence, at);
  }

  /** The cart became an order: the order has the lines now, the cart is empty again. */
  @EventHandler
  void on(CartCheckedOut event, @SequenceNumber long sequence, @Timestamp Instant at) {
    empty(event.cartId(), sequence, at);
  }

  /** A rebuild starts from empty tables. */
  @ResetHandler
  void reset() {
    store.truncate("catalog.carts", "catalog.cart_items");
  }

  private void empty(UUID cartId, long sequence, Instant at) {
    apply(
        cartId,
        sequence,
        at,
        database ->
            database
                .sql("DELETE FROM catalog.cart_items WHERE cart_id = :cartId")
                .bind("cartId", cartId));
  }

  /**
   * Claims {@code sequence} on the cart's row (creating the row for the cart's first event) and, if
   * the claim succeeded, makes the change to its items in the same transaction.
   */
  private void apply(
      UUID cartId,
      long sequence,
      Instant at,
      Function<DatabaseClient, GenericExecuteSpec> itemChange) {
    store.inTransaction(
        database ->
            database
                .sql(
                    """
                    INSERT INTO catalog.carts (cart_id, updated_at, last_sequence)
                    VALUES (:cartId, :at, :sequence)
                    ON CONFLICT (cart_id) DO UPDATE
                        SET updated_at = EXCLUDED.updated_at, last_sequence = EXCLUDED.last_sequence
                        WHERE catalog.carts.last_sequence < EXCLUDED.last_sequence""")
                .bind("cartId", cartId)
                .bind("at", at)
                .bind("sequence", sequence)
                .fetch()
                .rowsUpdated()
                .filter(claimed -> claimed > 0)
                .flatMap(claimed -> itemChange.apply(database).fetch().rowsUpdated()));
  }
}
