package io.eventmart.contracts.cart.query;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Questions about carts, answered by the catalog read model (catalog-projection). */
public sealed interface CartQuery {

  /**
   * A customer's cart (its id is the customer's id); answered with a {@link CartView}, empty if
   * none.
   */
  record FindCart(@NotNull UUID cartId) implements CartQuery {}
}
