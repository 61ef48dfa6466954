package io.eventmart.edge.catalog;

import io.eventmart.contracts.product.ProductLimits;
import io.eventmart.edge.shop.CurrencyCode;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** The bodies of the catalog and stock endpoints (admins). */
public final class CatalogRequests {

  /** Digits before the decimal point a price may have. */
  static final int PRICE_INTEGER_DIGITS = 12;

  private CatalogRequests() {}

  /**
   * {@code POST /api/products}. {@code currency} defaults to EUR, {@code description} to empty,
   * {@code lowStockThreshold} to {@value ProductLimits#DEFAULT_LOW_STOCK_THRESHOLD}.
   */
  public record RegisterProductRequest(
      @NotBlank @Size(max = ProductLimits.MAX_SKU_LENGTH) String sku,
      @NotBlank @Size(max = ProductLimits.MAX_NAME_LENGTH) String name,
      @Size(max = ProductLimits.MAX_DESCRIPTION_LENGTH) String description,
      @NotBlank @Size(max = ProductLimits.MAX_CATEGORY_LENGTH) String category,
      @NotNull @Positive @Digits(integer = PRICE_INTEGER_DIGITS, fraction = 2) BigDecimal price,
      @CurrencyCode String currency,
      @NotNull @PositiveOrZero Integer initialStock,
      @PositiveOrZero Integer lowStockThreshold) {}

  /** {@code PUT /api/products/{id}}: what the catalog says about the product. */
  public record ChangeProductDetailsRequest(
      @NotBlank @Size(max = ProductLimits.MAX_NAME_LENGTH) String name,
      @Size(max = ProductLimits.MAX_DESCRIPTION_LENGTH) String description,
      @NotBlank @Size(max = ProductLimits.MAX_CATEGORY_LENGTH) String category) {}

  /** {@code PUT /api/products/{id}/price}; {@code currency} defaults to EUR. */
  public record ChangePriceRequest(
      @NotNull @Positive @Digits(integer = PRICE_INTEGER_DIGITS, fraction = 2) BigDecimal price,
      @CurrencyCode String currency) {}

  /** {@code POST /api/inventory/{productId}/restock}: units delivered. */
  public record RestockRequest(@NotNull @Positive Integer quantity) {}

  /** {@code PUT /api/inventory/{productId}}: the on-hand count after a physical count, and why. */
  public record StockCountRequest(
      @NotNull @PositiveOrZero Integer onHand,
      @NotBlank @Size(max = ProductLimits.MAX_REASON_LENGTH) String reason) {}
}
