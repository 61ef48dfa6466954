package io.eventmart.analytics.stock;

import static io.eventmart.contracts.integration.IntegrationEventTypes.INVENTORY_LOW_STOCK;
import static io.eventmart.contracts.integration.IntegrationEventTypes.INVENTORY_LOW_STOCK_RESOLVED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.INVENTORY_RELEASED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.INVENTORY_RESERVED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.INVENTORY_UPDATED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.PRODUCT_CREATED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.PRODUCT_DELETED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.PRODUCT_PRICE_CHANGED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.PRODUCT_UPDATED;

import io.eventmart.analytics.ingest.EventApplier;
import io.eventmart.analytics.ingest.EventData;
import io.eventmart.contracts.integration.IntegrationEvent;
import io.r2dbc.spi.Parameters;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * Keeps {@code analytics.products} (names, categories, prices, whether on sale) and {@code
 * analytics.stock} (each product's levels and whether it is low, since when).
 *
 * <p>Every change of the levels carries the resulting on-hand, reserved and available units, so the
 * latest event simply replaces them. Each kind of fact remembers the sequence of the event it came
 * from and takes only newer ones, so a late or repeated event cannot set it back. Product and stock
 * events come from the same aggregate but two topics, so neither table waits for the other.
 */
public final class StockBook implements EventApplier {

  private static final Set<String> TYPES =
      Set.of(
          PRODUCT_CREATED,
          PRODUCT_UPDATED,
          PRODUCT_PRICE_CHANGED,
          PRODUCT_DELETED,
          INVENTORY_UPDATED,
          INVENTORY_RESERVED,
          INVENTORY_RELEASED,
          INVENTORY_LOW_STOCK,
          INVENTORY_LOW_STOCK_RESOLVED);

  private final DatabaseClient db;

  public StockBook(DatabaseClient db) {
    this.db = db;
  }

  @Override
  public boolean accepts(String type) {
    return TYPES.contains(type);
  }

  @Override
  public List<String> tables() {
    return List.of("analytics.products", "analytics.stock");
  }

  @Override
  public Mono<Void> apply(IntegrationEvent event) {
    EventData data = EventData.of(event);
    return switch (event.type()) {
      case PRODUCT_CREATED -> productCreated(event, data);
      case PRODUCT_UPDATED ->
          productUpdate(event, data, "name = :name, category = :category")
              .bind("name", data.text("name"))
              .bind("category", data.text("category"))
              .then();
      case PRODUCT_PRICE_CHANGED ->
          productUpdate(event, data, "price = :price, currency = :currency")
              .bind("price", data.amount("price"))
              .bind("currency", data.currency("currency"))
              .then();
      case PRODUCT_DELETED ->
          productUpdate(event, data, "status = :status").bind("status", data.text("status")).then();
      case INVENTORY_UPDATED, INVENTORY_RESERVED, INVENTORY_RELEASED -> levels(event, data);
      case INVENTORY_LOW_STOCK -> lowStock(event, data);
      case INVENTORY_LOW_STOCK_RESOLVED -> lowStockResolved(event, data);
      default -> Mono.empty();
    };
  }

  private Mono<Void> productCreated(IntegrationEvent event, EventData data) {
    return db.sql(
            "INSERT INTO analytics.products (product_id, sku, name, category, price, currency,"
                + " status, last_sequence)"
                + " VALUES (:id, :sku, :name, :category, :price, :currency, :status, :sequence)"
                + " ON CONFLICT (product_id) DO NOTHING")
        .bind("id", data.uuid("productId"))
        .bind("sku", data.text("sku"))
        .bind("name", data.text("name"))
        .bind("category", data.text("category"))
        .bind("price", data.amount("price"))
        .bind("currency", data.currency("currency"))
        .bind("status", data.text("status"))
        .bind("sequence", event.sequence())
        .then();
  }

  private DatabaseClient.GenericExecuteSpec productUpdate(
      IntegrationEvent event, EventData data, String assignments) {
    return db.sql(
            "UPDATE analytics.products SET "
                + assignments
                + ", last_sequence = :sequence"
                + " WHERE product_id = :id AND last_sequence < :sequence")
        .bind("sequence", event.sequence())
        .bind("id", data.uuid("productId"));
  }

  /**
   * The levels an event reports replace those of an older event. The threshold comes with the
   * opening stock ({@code change = INITIALIZED}) and stays.
   */
  private Mono<Void> levels(IntegrationEvent event, EventData data) {
    Integer threshold = data.optionalInteger("lowStockThreshold");
    return db.sql(
            "INSERT INTO analytics.stock (product_id, on_hand, reserved, available,"
                + " low_stock_threshold, levels_updated_at, levels_sequence)"
                + " VALUES (:id, :onHand, :reserved, :available, :threshold, :at, :sequence)"
                + " ON CONFLICT (product_id) DO UPDATE SET on_hand = EXCLUDED.on_hand,"
                + " reserved = EXCLUDED.reserved, available = EXCLUDED.available,"
                + " low_stock_threshold = coalesce(EXCLUDED.low_stock_threshold,"
                + " stock.low_stock_threshold),"
                + " levels_updated_at = EXCLUDED.levels_updated_at,"
                + " levels_sequence = EXCLUDED.levels_sequence"
                + " WHERE stock.levels_sequence < EXCLUDED.levels_sequence")
        .bind("id", data.uuid("productId"))
        .bind("onHand", data.integer("onHand"))
        .bind("reserved", data.integer("reserved"))
        .bind("available", data.integer("available"))
        .bind("threshold", threshold == null ? Parameters.in(Integer.class) : threshold)
        .bind("at", at(event))
        .bind("sequence", event.sequence())
        .then();
  }

  /** Availability fell below the threshold: low since this event. */
  private Mono<Void> lowStock(IntegrationEvent event, EventData data) {
    return db.sql(
            "UPDATE analytics.stock SET low_since = :at, low_stock_threshold = :threshold,"
                + " low_sequence = :sequence"
                + " WHERE product_id = :id AND low_sequence < :sequence")
        .bind("at", at(event))
        .bind("threshold", data.integer("threshold"))
        .bind("sequence", event.sequence())
        .bind("id", data.uuid("productId"))
        .then();
  }

  private Mono<Void> lowStockResolved(IntegrationEvent event, EventData data) {
    return db.sql(
            "UPDATE analytics.stock SET low_since = NULL, low_sequence = :sequence"
                + " WHERE product_id = :id AND low_sequence < :sequence")
        .bind("sequence", event.sequence())
        .bind("id", data.uuid("productId"))
        .then();
  }

  private static OffsetDateTime at(IntegrationEvent event) {
    return event.timestamp().atOffset(ZoneOffset.UTC);
  }
}
