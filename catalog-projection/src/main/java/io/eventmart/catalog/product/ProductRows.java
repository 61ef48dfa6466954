package io.eventmart.catalog.product;

import io.eventmart.contracts.product.ProductStatus;
import io.eventmart.contracts.product.query.InventoryView;
import io.eventmart.contracts.product.query.ProductView;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** How rows of {@code catalog.products} read as views. */
final class ProductRows {

  static final String PRODUCT_COLUMNS =
      "product_id, sku, name, description, category, price, currency, status, on_hand, reserved,"
          + " available, low_stock_threshold, low_stock, created_at, updated_at";

  static final String INVENTORY_COLUMNS =
      "product_id, on_hand, reserved, available, low_stock_threshold";

  private ProductRows() {}

  /** A row with {@link #PRODUCT_COLUMNS}. */
  static ProductView product(Readable row) {
    return new ProductView(
        row.get("product_id", UUID.class),
        row.get("sku", String.class),
        row.get("name", String.class),
        row.get("description", String.class),
        row.get("category", String.class),
        row.get("price", BigDecimal.class),
        row.get("currency", String.class),
        ProductStatus.valueOf(row.get("status", String.class)),
        integer(row, "on_hand"),
        integer(row, "reserved"),
        integer(row, "available"),
        integer(row, "low_stock_threshold"),
        Boolean.TRUE.equals(row.get("low_stock", Boolean.class)),
        row.get("created_at", Instant.class),
        row.get("updated_at", Instant.class));
  }

  /** A row with {@link #INVENTORY_COLUMNS}. */
  static InventoryView inventory(Readable row) {
    return new InventoryView(
        row.get("product_id", UUID.class),
        integer(row, "on_hand"),
        integer(row, "reserved"),
        integer(row, "available"),
        integer(row, "low_stock_threshold"));
  }

  private static int integer(Readable row, String column) {
    Integer value = row.get(column, Integer.class);
    return value == null ? 0 : value;
  }
}
