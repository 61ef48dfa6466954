package io.eventmart.catalog.product;

import io.eventmart.catalog.readmodel.SqlFilter;
import io.eventmart.contracts.product.query.ProductQuery.FindProducts;
import io.eventmart.contracts.product.query.ProductSort;
import java.util.HashMap;
import java.util.Map;

/**
 * The SQL of one {@link FindProducts}: the list shows products on sale only (a discontinued product
 * keeps its page, but leaves the list), narrowed by the filters the query gives and ordered by its
 * sort. Every order ends with the product id, so equal names, prices or times still page stably.
 *
 * @param where the {@code WHERE} clause
 * @param orderBy the {@code ORDER BY} expressions
 * @param parameters the bound values of {@code where}
 */
record ProductListing(String where, String orderBy, Map<String, Object> parameters) {

  ProductListing {
    parameters = Map.copyOf(parameters);
  }

  static ProductListing of(FindProducts query) {
    SqlFilter filter =
        new SqlFilter()
            .require("status = 'ACTIVE'")
            .whenGiven(query.category(), "category = :category", "category")
            .whenGiven(query.minPrice(), "price >= :minPrice", "minPrice")
            .whenGiven(query.maxPrice(), "price <= :maxPrice", "maxPrice");
    if (query.inStock() != null) {
      filter.require(query.inStock() ? "available > 0" : "available <= 0");
    }
    return new ProductListing(filter.sql(), orderOf(query.sort()), filter.parameters());
  }

  /** The products of the query's page, with {@link ProductRows#PRODUCT_COLUMNS}. */
  String pageSql() {
    return "SELECT "
        + ProductRows.PRODUCT_COLUMNS
        + " FROM catalog.products"
        + where
        + " ORDER BY "
        + orderBy
        + " LIMIT :limit OFFSET :offset";
  }

  /** How many products match, over all pages ({@code total_items}). */
  String countSql() {
    return "SELECT count(*) AS total_items FROM catalog.products" + where;
  }

  /** The parameters of {@link #pageSql()}: the filters' and the page's. */
  Map<String, Object> pageParameters(int limit, long offset) {
    Map<String, Object> page = new HashMap<>(parameters);
    page.put("limit", limit);
    page.put("offset", offset);
    return page;
  }

  private static String orderOf(ProductSort sort) {
    return switch (sort) {
      case NAME -> "lower(name), product_id";
      case PRICE_ASC -> "price, product_id";
      case PRICE_DESC -> "price DESC, product_id DESC";
      case NEWEST -> "created_at DESC, product_id DESC";
    };
  }
}
