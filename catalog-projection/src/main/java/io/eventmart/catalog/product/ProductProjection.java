package io.eventmart.catalog.product;

import static io.eventmart.catalog.readmodel.ReadModelStore.bindNullable;

import io.eventmart.catalog.readmodel.CatalogReadModel;
import io.eventmart.catalog.readmodel.ReadModelStore;
import io.eventmart.contracts.product.ProductEvent.ProductDetailsChanged;
import io.eventmart.contracts.product.ProductEvent.ProductDiscontinued;
import io.eventmart.contracts.product.ProductEvent.ProductPriceChanged;
import io.eventmart.contracts.product.ProductEvent.ProductRegistered;
import io.eventmart.contracts.product.ProductStatus;
import io.eventmart.contracts.product.StockEvent.LowStockDetected;
import io.eventmart.contracts.product.StockEvent.LowStockResolved;
import io.eventmart.contracts.product.StockEvent.StockCommitted;
import io.eventmart.contracts.product.StockEvent.StockCountCorrected;
import io.eventmart.contracts.product.StockEvent.StockInitialized;
import io.eventmart.contracts.product.StockEvent.StockReleased;
import io.eventmart.contracts.product.StockEvent.StockReserved;
import io.eventmart.contracts.product.StockEvent.StockRestocked;
import io.eventmart.contracts.product.StockLevels;
import io.eventmart.contracts.product.query.InventoryView;
import io.eventmart.contracts.product.query.ProductQuery.WatchStock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/**
 * Writes {@code catalog.products} from the product aggregate's events, and tells {@link WatchStock}
 * subscribers about every change of a product's stock levels.
 *
 * <p>A product's catalog and stock events share its aggregate sequence, so one {@code
 * last_sequence} guards the whole row: an event at or below it was applied already and changes
 * nothing (nor is it announced again). Stock events carry the resulting levels, which are taken as
 * they are.
 */
@ProcessingGroup(CatalogReadModel.PROCESSING_GROUP)
public class ProductProjection {

  /**
   * Records the event as the row's latest, and applies the change only to a row that has not seen
   * the event yet.
   */
  private static final String GUARDED_BY_SEQUENCE =
      ", updated_at = :at, last_sequence = :sequence"
          + " WHERE product_id = :productId AND last_sequence < :sequence";

  private final ReadModelStore store;
  private final QueryUpdateEmitter updates;

  public ProductProjection(ReadModelStore store, QueryUpdateEmitter updates) {
    this.store = store;
    this.updates = updates;
  }

  @EventHandler
  void on(ProductRegistered event, @SequenceNumber long sequence, @Timestamp Instant at) {
    store.execute(
        database ->
            database
                .sql(
                    """
                    INSERT INTO catalog.products (product_id, sku, name, description, category,
                        price, currency, status, created_at, updated_at, last_sequence)
                    VALUES (:productId, :sku, :name, :description, :category,
                        :price, :currency, :status, :at, :at, :sequence)
                    ON CONFLICT (product_id) DO NOTHING""")
                .bind("productId", event.productId())
                .bind("sku", event.sku())
                .bind("name", event.name())
                .bind("description", event.description())
                .bind("category", event.category())
                .bind("price", event.price().amount())
                .bind("currency", event.price().currency())
                .bind("status", ProductStatus.ACTIVE.name())
                .bind("at", at)
                .bind("sequence", sequence));
  }

  @EventHandler
  void on(ProductDetailsChanged event, @SequenceNumber long sequence, @Timestamp Instant at) {
    change(
        event.productId(),
        sequence,
        at,
        "name = :name, description = :description, category = :category",
        statement ->
            statement
                .bind("name", event.name())
                .bind("description", event.description())
                .bind("category", event.category()));
  }

  @EventHandler
  void on(ProductPriceChanged event, @SequenceNumber long sequence, @Timestamp Instant at) {
    change(
        event.productId(),
        sequence,
        at,
        "price = :price, currency = :currency",
        statement ->
            statement
                .bind("price", event.price().amount())
                .bind("currency", event.price().currency()));
  }

  @EventHandler
  void on(ProductDiscontinued event, @SequenceNumber long sequence, @Timestamp Instant at) {
    change(
        event.productId(),
        sequence,
        at,
        "status = :status",
        statement -> statement.bind("status", ProductStatus.DISCONTINUED.name()));
  }

  @EventHandler
  void on(
      StockInitialized event,
      @SequenceNumber long sequence,
      @Timestamp Instant at,
      ReplayStatus replay) {
    stockChanged(
        event.productId(), event.levels(), event.lowStockThreshold(), sequence, at, replay);
  }

  @EventHandler
  void on(
      StockRestocked event,
      @SequenceNumber long sequence,
      @Timestamp Instant at,
      ReplayStatus replay) {
    stockChanged(event.productId(), event.levels(), null, sequence, at, replay);
  }

  @EventHandler
  void on(
      StockCountCorrected event,
      @SequenceNumber long sequence,
      @Timestamp Instant at,
      ReplayStatus replay) {
    stockChanged(event.productId(), event.levels(), null, sequence, at, replay);
  }

  @EventHandler
  void on(
      StockReserved event,
      @SequenceNumber long sequence,
      @Timestamp Instant at,
      ReplayStatus replay) {
    stockChanged(event.productId(), event.levels(), null, sequence, at, replay);
  }

  @EventHandler
  void on(
      StockReleased event,
      @SequenceNumber long sequence,
      @Timestamp Instant at,
      ReplayStatus replay) {
    stockChanged(event.productId(), event.levels(), null, sequence, at, replay);
  }

  @EventHandler
  void on(
      StockCommitted event,
      @SequenceNumber long sequence,
      @Timestamp Instant at,
      ReplayStatus replay) {
    stockChanged(event.productId(), event.levels(), null, sequence, at, replay);
  }

  @EventHandler
  void on(LowStockDetected event, @SequenceNumber long sequence, @Timestamp Instant at) {
    change(
        event.productId(),
        sequence,
        at,
        "low_stock = :lowStock",
        statement -> statement.bind("lowStock", true));
  }

  @EventHandler
  void on(LowStockResolved event, @SequenceNumber long sequence, @Timestamp Instant at) {
    change(
        event.productId(),
        sequence,
        at,
        "low_stock = :lowStock",
        statement -> statement.bind("lowStock", false));
  }

  /** A rebuild starts from an empty table. */
  @ResetHandler
  void reset() {
    store.truncate("catalog.products");
  }

  /**
   * Takes the levels the event reports (and the threshold, when it sets one) and, unless the event
   * was applied already or is being replayed, announces the product's inventory as it now is.
   */
  private void stockChanged(
      UUID productId,
      StockLevels levels,
      Integer lowStockThreshold,
      long sequence,
      Instant at,
      ReplayStatus replay) {
    Optional<InventoryView> changed =
        store.write(
            database -> {
              GenericExecuteSpec update =
                  guarded(
                          database.sql(
                              "UPDATE catalog.products SET on_hand = :onHand,"
                                  + " reserved = :reserved, available = :available,"
                                  + " low_stock_threshold = COALESCE(:threshold, low_stock_threshold)"
                                  + GUARDED_BY_SEQUENCE
                                  + " RETURNING "
                                  + ProductRows.INVENTORY_COLUMNS),
                          productId,
                          sequence,
                          at)
                      .bind("onHand", levels.onHand())
                      .bind("reserved", levels.reserved())
                      .bind("available", levels.available());
              return bindNullable(update, "threshold", lowStockThreshold, Integer.class)
                  .map(ProductRows::inventory)
                  .one();
            });
    if (!replay.isReplay()) {
      changed.ifPresent(this::announce);
    }
  }

  private void announce(InventoryView inventory) {
    updates.emit(
        WatchStock.class,
        watch -> watch.productId() == null || watch.productId().equals(inventory.productId()),
        inventory);
  }

  /** Changes the product's row with {@code assignments} unless the event was applied already. */
  private void change(
      UUID productId,
      long sequence,
      Instant at,
      String assignments,
      UnaryOperator<GenericExecuteSpec> values) {
    store.execute(
        database ->
            values.apply(
                guarded(
                    database.sql(
                        "UPDATE catalog.products SET " + assignments + GUARDED_BY_SEQUENCE),
                    productId,
                    sequence,
                    at)));
  }

  private static GenericExecuteSpec guarded(
      GenericExecuteSpec statement, UUID productId, long sequence, Instant at) {
    return statement.bind("productId", productId).bind("sequence", sequence).bind("at", at);
  }
}
