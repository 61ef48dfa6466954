package io.eventmart.audit.state;

import io.eventmart.contracts.audit.InventoryState;
import io.eventmart.contracts.audit.InventoryState.StockHold;
import io.eventmart.contracts.product.StockEvent.LowStockDetected;
import io.eventmart.contracts.product.StockEvent.LowStockResolved;
import io.eventmart.contracts.product.StockEvent.StockCommitted;
import io.eventmart.contracts.product.StockEvent.StockCountCorrected;
import io.eventmart.contracts.product.StockEvent.StockInitialized;
import io.eventmart.contracts.product.StockEvent.StockReleased;
import io.eventmart.contracts.product.StockEvent.StockReservationRejected;
import io.eventmart.contracts.product.StockEvent.StockReserved;
import io.eventmart.contracts.product.StockEvent.StockRestocked;
import io.eventmart.contracts.product.StockLevels;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A product's stock from its {@link io.eventmart.contracts.product.StockEvent}s. Stock events carry
 * the levels they result in, so the fold takes them as recorded instead of recomputing them.
 */
final class InventoryFold implements StateFold {

  private UUID productId;
  private StockLevels levels = StockLevels.of(0, 0);
  private int lowStockThreshold;
  private boolean lowStock;

  /** Units held per order, in the order they were reserved. */
  private final Map<UUID, Integer> holds = new LinkedHashMap<>();

  @Override
  public void apply(RecordedEvent event) {
    Object payload = event.payload();
    if (payload instanceof StockInitialized initialized) {
      productId = initialized.productId();
      levels = initialized.levels();
      lowStockThreshold = initialized.lowStockThreshold();
    } else if (payload instanceof StockRestocked restocked) {
      levels = restocked.levels();
    } else if (payload instanceof StockCountCorrected corrected) {
      levels = corrected.levels();
    } else if (payload instanceof StockReserved reserved) {
      holds.put(reserved.orderId(), reserved.quantity());
      levels = reserved.levels();
    } else if (payload instanceof StockReservationRejected) {
      // A refused reservation holds nothing and leaves the levels as they were.
    } else if (payload instanceof StockReleased released) {
      holds.remove(released.orderId());
      levels = released.levels();
    } else if (payload instanceof StockCommitted committed) {
      holds.remove(committed.orderId());
      levels = committed.levels();
    } else if (payload instanceof LowStockDetected detected) {
      lowStockThreshold = detected.threshold();
      lowStock = true;
    } else if (payload instanceof LowStockResolved resolved) {
      lowStockThreshold = resolved.threshold();
      lowStock = false;
    } else {
      throw StateFold.unknown(event);
    }
  }

  @Override
  public InventoryState state() {
    return new InventoryState(
        productId,
        levels.onHand(),
        levels.reserved(),
        levels.available(),
        lowStockThreshold,
        lowStock,
        holds.entrySet().stream()
            .map(hold -> new StockHold(hold.getKey(), hold.getValue()))
            .toList());
  }
}
