package io.eventmart.catalog.product;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.contracts.common.PageRequest;
import io.eventmart.contracts.product.query.ProductQuery.FindProducts;
import io.eventmart.contracts.product.query.ProductSort;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProductListingTest {

  private static FindProducts query(
      String category, String minPrice, String maxPrice, Boolean inStock, ProductSort sort) {
    return new FindProducts(
        category,
        minPrice == null ? null : new BigDecimal(minPrice),
        maxPrice == null ? null : new BigDecimal(maxPrice),
        inStock,
        sort,
        PageRequest.first(20));
  }

  @Test
  void listsOnlyProductsOnSaleWhenNoFilterIsGiven() {
    ProductListing listing = ProductListing.of(query(null, null, null, null, ProductSort.NAME));

    assertThat(listing.where()).isEqualTo(" WHERE status = 'ACTIVE'");
    assertThat(listing.parameters()).isEmpty();
  }

  @Test
  void turnsEveryGivenFilterIntoAConditionWithABoundValue() {
    ProductListing listing =
        ProductListing.of(query("kitchen", "10.00", "20.00", true, ProductSort.NAME));

    assertThat(listing.where())
        .isEqualTo(
            " WHERE status = 'ACTIVE' AND category = :category AND price >= :minPrice"
                + " AND price <= :maxPrice AND available > 0");
    assertThat(listing.parameters())
        .isEqualTo(
            Map.of(
                "category", "kitchen",
                "minPrice", new BigDecimal("10.00"),
                "maxPrice", new BigDecimal("20.00")));
  }

  @Test
  void keepsOnlyProductsOutOfStockWhenAskedForProductsNotInStock() {
    ProductListing listing = ProductListing.of(query(null, null, null, false, ProductSort.NAME));

    assertThat(listing.where()).isEqualTo(" WHERE status = 'ACTIVE' AND available <= 0");
  }

  @Test
  void ordersBySortWithTheProductIdBreakingTies() {
    assertThat(ProductListing.of(query(null, null, null, null, ProductSort.NAME)).orderBy())
        .isEqualTo("lower(name), product_id");
    assertThat(ProductListing.of(query(null, null, null, null, ProductSort.PRICE_ASC)).orderBy())
        .isEqualTo("price, product_id");
    assertThat(ProductListing.of(query(null, null, null, null, ProductSort.PRICE_DESC)).orderBy())
        .isEqualTo("price DESC, product_id DESC");
    assertThat(ProductListing.of(query(null, null, null, null, ProductSort.NEWEST)).orderBy())
        .isEqualTo("created_at DESC, product_id DESC");
  }

  @Test
  void readsOnePageAndCountsAllMatches() {
    ProductListing listing =
        ProductListing.of(query("kitchen", null, null, null, ProductSort.PRICE_ASC));

    assertThat(listing.pageSql())
        .startsWith("SELECT product_id, sku, name,")
        .endsWith(
            " FROM catalog.products WHERE status = 'ACTIVE' AND category = :category"
                + " ORDER BY price, product_id LIMIT :limit OFFSET :offset");
    assertThat(listing.pageParameters(20, 40))
        .isEqualTo(Map.of("category", "kitchen", "limit", 20, "offset", 40L));
    assertThat(listing.countSql())
        .isEqualTo(
            "SELECT count(*) AS total_items FROM catalog.products"
                + " WHERE status = 'ACTIVE' AND category = :category");
  }
}
