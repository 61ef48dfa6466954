package io.eventmart.inventory.product;

import io.eventmart.contracts.product.StockLevels;

/**
 * A product's stock as its aggregate reasons about it: units physically on hand, units held for
 * order lines, and the threshold below which availability counts as low.
 *
 * <p>Immutable: each operation answers the stock as it would be afterwards. The aggregate records
 * that outcome in an event; only the event changes the aggregate's state.
 *
 * @param onHand units in the warehouse
 * @param reserved units held for order lines that have not shipped yet
 * @param lowStockThreshold availability below this is low stock
 */
record Stock(int onHand, int reserved, int lowStockThreshold) {

  static Stock opening(int onHand, int lowStockThreshold) {
    return new Stock(onHand, 0, lowStockThreshold);
  }

  /** What can still be promised to new orders; never below zero. */
  int available() {
    return onHand - reserved;
  }

  /**
   * Whether availability is below the threshold. Since availability never drops below zero, a
   * threshold of 0 means a product is never low.
   */
  boolean isLow() {
    return available() < lowStockThreshold;
  }

  boolean canSupply(int quantity) {
    return quantity <= available();
  }

  StockLevels levels() {
    return StockLevels.of(onHand, reserved);
  }

  /** This stock with the levels an event reports (events carry the resulting levels). */
  Stock at(StockLevels levels) {
    return new Stock(levels.onHand(), levels.reserved(), lowStockThreshold);
  }

  Stock afterRestocking(int quantity) {
    // Fails loudly instead of wrapping around to a negative count.
    return new Stock(Math.addExact(onHand, quantity), reserved, lowStockThreshold);
  }

  Stock afterCounting(int countedOnHand) {
    return new Stock(countedOnHand, reserved, lowStockThreshold);
  }

  Stock afterReserving(int quantity) {
    return new Stock(onHand, reserved + quantity, lowStockThreshold);
  }

  Stock afterReleasing(int quantity) {
    return new Stock(onHand, reserved - quantity, lowStockThreshold);
  }

  /** Held units leave the warehouse: availability stays what it was. */
  Stock afterCommitting(int quantity) {
    return new Stock(onHand - quantity, reserved - quantity, lowStockThreshold);
  }
}
