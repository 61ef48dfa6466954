package io.eventmart.contracts.product;

import static io.eventmart.contracts.product.ProductLimits.MAX_CATEGORY_LENGTH;
import static io.eventmart.contracts.product.ProductLimits.MAX_DESCRIPTION_LENGTH;
import static io.eventmart.contracts.product.ProductLimits.MAX_NAME_LENGTH;
import static io.eventmart.contracts.product.ProductLimits.MAX_REASON_LENGTH;
import static io.eventmart.contracts.product.ProductLimits.MAX_SKU_LENGTH;

import io.eventmart.contracts.common.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Commands handled by the product aggregate (inventory-aggregate): the catalog entry and its stock.
 * Commands about an order line ({@link ReserveStock}, {@link ReleaseStock}, {@link CommitStock})
 * are sent by the order saga and are idempotent per (order, product).
 */
public sealed interface ProductCommand {

  UUID productId();

  /**
   * Adds a product to the catalog with its opening stock. The SKU must be unique across all
   * products ever registered; a second registration of the same SKU is refused.
   */
  record RegisterProduct(
      @TargetAggregateIdentifier @NotNull UUID productId,
      @NotBlank @Size(max = MAX_SKU_LENGTH) String sku,
      @NotBlank @Size(max = MAX_NAME_LENGTH) String name,
      @NotNull @Size(max = MAX_DESCRIPTION_LENGTH) String description,
      @NotBlank @Size(max = MAX_CATEGORY_LENGTH) String category,
      @NotNull @Valid Money price,
      @PositiveOrZero int initialStock,
      @PositiveOrZero int lowStockThreshold)
      implements ProductCommand {}

  /** Changes what the catalog says about a product. */
  record ChangeProductDetails(
      @TargetAggregateIdentifier @NotNull UUID productId,
      @NotBlank @Size(max = MAX_NAME_LENGTH) String name,
      @NotNull @Size(max = MAX_DESCRIPTION_LENGTH) String description,
      @NotBlank @Size(max = MAX_CATEGORY_LENGTH) String category)
      implements ProductCommand {}

  /** Sets a new price; orders already placed keep the price they captured. */
  record ChangeProductPrice(
      @TargetAggregateIdentifier @NotNull UUID productId, @NotNull @Valid Money price)
      implements ProductCommand {}

  /** Takes a product off sale: no new reservations, history kept. */
  record DiscontinueProduct(@TargetAggregateIdentifier @NotNull UUID productId)
      implements ProductCommand {}

  /** Adds delivered units to the stock on hand. */
  record RestockProduct(@TargetAggregateIdentifier @NotNull UUID productId, @Positive int quantity)
      implements ProductCommand {}

  /** Replaces the on-hand count after a physical count, saying why. */
  record CorrectStockCount(
      @TargetAggregateIdentifier @NotNull UUID productId,
      @PositiveOrZero int onHand,
      @NotBlank @Size(max = MAX_REASON_LENGTH) String reason)
      implements ProductCommand {}

  /**
   * Holds {@code quantity} units for one order line. Answered with an event either way: reserved,
   * or rejected with the reason. Reserving the same line again changes nothing.
   */
  record ReserveStock(
      @TargetAggregateIdentifier @NotNull UUID productId,
      @NotNull UUID orderId,
      @Positive int quantity)
      implements ProductCommand {}

  /** Gives an order line's held units back. Releasing an unknown reservation changes nothing. */
  record ReleaseStock(
      @TargetAggregateIdentifier @NotNull UUID productId,
      @NotNull UUID orderId,
      @NotBlank @Size(max = MAX_REASON_LENGTH) String reason)
      implements ProductCommand {}

  /** The order line shipped: its held units leave the stock for good. Idempotent. */
  record CommitStock(@TargetAggregateIdentifier @NotNull UUID productId, @NotNull UUID orderId)
      implements ProductCommand {}
}
