package io.eventmart.contracts.product.query;

import io.eventmart.contracts.common.PageRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

/**
 * Questions about products and their stock. The catalog read model (catalog-projection) answers all
 * but {@link FindProductsForOrdering}, which the inventory service answers from its own, strongly
 * consistent product registry.
 */
public sealed interface ProductQuery {

  /** One product; answered with an optional {@link ProductView}. */
  record FindProduct(@NotNull UUID productId) implements ProductQuery {}

  /**
   * Products matching every given filter ({@code null} = no filter); answered with a {@link
   * ProductPage}. {@code inStock} true keeps products with available stock.
   */
  record FindProducts(
      String category,
      BigDecimal minPrice,
      BigDecimal maxPrice,
      Boolean inStock,
      @NotNull ProductSort sort,
      @NotNull @Valid PageRequest page)
      implements ProductQuery {}

  /**
   * Every category with its number of active products; answered with a list of {@link
   * CategoryView}.
   */
  record FindCategories() implements ProductQuery {}

  /** A product's stock; answered with an optional {@link InventoryView}. */
  record FindInventory(@NotNull UUID productId) implements ProductQuery {}

  /**
   * Subscription query: stock changes of one product, or of all products when {@code productId} is
   * {@code null}. Initial result: a list of the current {@link InventoryView}s; updates: {@link
   * InventoryView}.
   */
  record WatchStock(UUID productId) implements ProductQuery {}

  /**
   * The current name, price and status of the given products, straight from the inventory service
   * (no read-model lag); answered with a list of {@link OrderableProduct} — unknown ids are absent.
   * Orders and carts ask it to refuse unknown or discontinued products and to capture prices.
   */
  record FindProductsForOrdering(@NotEmpty Set<@NotNull UUID> productIds) implements ProductQuery {}
}
