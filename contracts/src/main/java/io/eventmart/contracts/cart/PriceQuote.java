package io.eventmart.contracts.cart;

import io.eventmart.contracts.common.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** A product's name and current price as the catalog shows them at checkout. */
public record PriceQuote(
    @NotNull UUID productId, @NotBlank String productName, @NotNull @Valid Money unitPrice) {}
