package io.eventmart.analytics.stock;

import io.eventmart.contracts.analytics.AnalyticsQuery.GetLowStock;
import io.eventmart.contracts.analytics.LowStockItem;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * Answers {@link GetLowStock}: the products on sale whose availability is below their threshold,
 * lowest availability first, with their name and since when they are low. A discontinued product is
 * left out: it can no longer be restocked.
 */
public final class LowStockQueryHandler {

  private final DatabaseClient db;

  public LowStockQueryHandler(DatabaseClient db) {
    this.db = db;
  }

  @QueryHandler
  CompletableFuture<List<LowStockItem>> handle(GetLowStock query) {
    return db.sql(
            "SELECT s.product_id, p.name, s.available, s.low_stock_threshold, s.low_since"
                + " FROM analytics.stock s"
                + " LEFT JOIN analytics.products p ON p.product_id = s.product_id"
                + " WHERE s.available < s.low_stock_threshold"
                + " AND coalesce(p.status, 'ACTIVE') <> 'DISCONTINUED'"
                + " ORDER BY s.available, s.low_since NULLS LAST, s.product_id")
        .map(
            row -> {
              OffsetDateTime since = row.get("low_since", OffsetDateTime.class);
              return new LowStockItem(
                  row.get("product_id", UUID.class),
                  row.get("name", String.class),
                  row.get("available", Integer.class),
                  row.get("low_stock_threshold", Integer.class),
                  since == null ? null : since.toInstant());
            })
        .all()
        .collectList()
        .toFuture();
  }
}
