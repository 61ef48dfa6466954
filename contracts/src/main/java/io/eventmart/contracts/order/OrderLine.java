package io.eventmart.contracts.order;

import static io.eventmart.contracts.order.OrderLimits.MAX_QUANTITY_PER_LINE;

import io.eventmart.contracts.common.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.UUID;

/** One product in an order, with the name and unit price captured when the order was placed. */
public record OrderLine(
    @NotNull UUID productId,
    @NotBlank String productName,
    @Positive @Max(MAX_QUANTITY_PER_LINE) int quantity,
    @NotNull @Valid Money unitPrice) {

  public Money lineTotal() {
    return unitPrice.times(quantity);
  }
}
