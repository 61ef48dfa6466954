package io.eventmart.contracts.audit;

import java.util.List;
import java.util.UUID;

/**
 * A product's stock as its stock events made it.
 *
 * @param productId the product
 * @param onHand units in the warehouse
 * @param reserved units held for orders that had not shipped
 * @param available units that could still be promised ({@code onHand - reserved})
 * @param lowStockThreshold availability below this counted as low
 * @param lowStock whether low stock had been detected and not resolved
 * @param holds the units held, per order, in the order they were reserved
 */
public record InventoryState(
    UUID productId,
    int onHand,
    int reserved,
    int available,
    int lowStockThreshold,
    boolean lowStock,
    List<StockHold> holds)
    implements AggregateState {

  public InventoryState {
    holds = List.copyOf(holds);
  }

  /** Units held for one order. */
  public record StockHold(UUID orderId, int quantity) {}
}
