package io.eventmart.catalog.product;

import io.eventmart.contracts.product.query.CategoryView;
import io.eventmart.contracts.product.query.InventoryView;
import io.eventmart.contracts.product.query.ProductPage;
import io.eventmart.contracts.product.query.ProductQuery.FindCategories;
import io.eventmart.contracts.product.query.ProductQuery.FindInventory;
import io.eventmart.contracts.product.query.ProductQuery.FindProduct;
import io.eventmart.contracts.product.query.ProductQuery.FindProducts;
import io.eventmart.contracts.product.query.ProductQuery.WatchStock;
import io.eventmart.contracts.product.query.ProductView;
import io.r2dbc.spi.Readable;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import reactor.core.publisher.Mono;

/**
 * Answers the product questions of the catalog from {@code catalog.products}, without blocking:
 * each answer completes when the database has answered.
 */
public class ProductQueries {

  private final DatabaseClient database;

  public ProductQueries(DatabaseClient database) {
    this.database = database;
  }

  @QueryHandler
  CompletableFuture<Optional<ProductView>> handle(FindProduct query) {
    return database
        .sql(
            "SELECT "
                + ProductRows.PRODUCT_COLUMNS
                + " FROM catalog.products WHERE product_id = :productId")
        .bind("productId", query.productId())
        .map(ProductRows::product)
        .one()
        .map(Optional::of)
        .defaultIfEmpty(Optional.empty())
        .toFuture();
  }

  @QueryHandler
  CompletableFuture<ProductPage> handle(FindProducts query) {
    ProductListing listing = ProductListing.of(query);
    Mono<List<ProductView>> items =
        database
            .sql(listing.pageSql())
            .bindValues(listing.pageParameters(query.page().size(), query.page().offset()))
            .map(ProductRows::product)
            .all()
            .collectList();
    Mono<Long> totalItems =
        database
            .sql(listing.countSql())
            .bindValues(listing.parameters())
            .map(row -> row.get("total_items", Long.class))
            .one();
    return Mono.zip(items, totalItems)
        .map(
            page ->
                new ProductPage(
                    page.getT1(), query.page().page(), query.page().size(), page.getT2()))
        .toFuture();
  }

  /** Categories with at least one product on sale, by name. */
  @QueryHandler
  CompletableFuture<List<CategoryView>> handle(FindCategories query) {
    return database
        .sql(
            """
            SELECT category, count(*) AS products FROM catalog.products
            WHERE status = 'ACTIVE' GROUP BY category ORDER BY category""")
        .map(row -> new CategoryView(row.get("category", String.class), products(row)))
        .all()
        .collectList()
        .toFuture();
  }

  @QueryHandler
  CompletableFuture<Optional<InventoryView>> handle(FindInventory query) {
    return database
        .sql(
            "SELECT "
                + ProductRows.INVENTORY_COLUMNS
                + " FROM catalog.products WHERE product_id = :productId")
        .bind("productId", query.productId())
        .map(ProductRows::inventory)
        .one()
        .map(Optional::of)
        .defaultIfEmpty(Optional.empty())
        .toFuture();
  }

  /**
   * The initial result of the stock subscription: the current inventory of the product, or of every
   * product by name. Updates come from {@link ProductProjection}.
   */
  @QueryHandler
  CompletableFuture<List<InventoryView>> handle(WatchStock query) {
    GenericExecuteSpec statement =
        query.productId() == null
            ? database.sql(
                "SELECT "
                    + ProductRows.INVENTORY_COLUMNS
                    + " FROM catalog.products ORDER BY lower(name), product_id")
            : database
                .sql(
                    "SELECT "
                        + ProductRows.INVENTORY_COLUMNS
                        + " FROM catalog.products WHERE product_id = :productId")
                .bind("productId", query.productId());
    return statement.map(ProductRows::inventory).all().collectList().toFuture();
  }

  private static long products(Readable row) {
    Long count = row.get("products", Long.class);
    return count == null ? 0 : count;
  }
}
