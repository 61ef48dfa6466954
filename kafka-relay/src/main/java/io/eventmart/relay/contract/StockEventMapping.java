package io.eventmart.relay.contract;

import static io.eventmart.contracts.integration.IntegrationEventTypes.INVENTORY_LOW_STOCK;
import static io.eventmart.contracts.integration.IntegrationEventTypes.INVENTORY_LOW_STOCK_RESOLVED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.INVENTORY_RELEASED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.INVENTORY_RESERVATION_REJECTED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.INVENTORY_RESERVED;
import static io.eventmart.contracts.integration.IntegrationEventTypes.INVENTORY_UPDATED;

import io.eventmart.contracts.product.StockEvent;
import io.eventmart.contracts.product.StockEvent.LowStockDetected;
import io.eventmart.contracts.product.StockEvent.LowStockResolved;
import io.eventmart.contracts.product.StockEvent.StockCommitted;
import io.eventmart.contracts.product.StockEvent.StockCountCorrected;
import io.eventmart.contracts.product.StockEvent.StockInitialized;
import io.eventmart.contracts.product.StockEvent.StockReleased;
import io.eventmart.contracts.product.StockEvent.StockReservationRejected;
import io.eventmart.contracts.product.StockEvent.StockReserved;
import io.eventmart.contracts.product.StockEvent.StockRestocked;

/**
 * {@link StockEvent}s as {@code inventory.*} integration events (aggregate type {@code inventory}).
 * Every change of the numbers carries the resulting {@code onHand}, {@code reserved} and {@code
 * available}; the changes without a type of their own are {@code inventory.updated} with a {@code
 * change} saying which.
 */
final class StockEventMapping {

  /** The {@code change} of an {@code inventory.updated} event. */
  enum StockChange {
    INITIALIZED,
    RESTOCKED,
    COUNT_CORRECTED,
    SHIPPED
  }

  private StockEventMapping() {}

  static TypedData map(StockEvent event) {
    if (event instanceof StockInitialized initialized) {
      return new TypedData(
          INVENTORY_UPDATED,
          Data.with("productId", initialized.productId())
              .and("change", StockChange.INITIALIZED)
              .levels(initialized.levels())
              .and("lowStockThreshold", initialized.lowStockThreshold())
              .build());
    }
    if (event instanceof StockRestocked restocked) {
      return new TypedData(
          INVENTORY_UPDATED,
          Data.with("productId", restocked.productId())
              .and("change", StockChange.RESTOCKED)
              .levels(restocked.levels())
              .and("quantity", restocked.quantity())
              .build());
    }
    if (event instanceof StockCountCorrected corrected) {
      return new TypedData(
          INVENTORY_UPDATED,
          Data.with("productId", corrected.productId())
              .and("change", StockChange.COUNT_CORRECTED)
              .levels(corrected.levels())
              .and("previousOnHand", corrected.previousOnHand())
              .and("reason", corrected.reason())
              .build());
    }
    if (event instanceof StockCommitted committed) {
      return new TypedData(
          INVENTORY_UPDATED,
          Data.with("productId", committed.productId())
              .and("change", StockChange.SHIPPED)
              .levels(committed.levels())
              .and("orderId", committed.orderId())
              .and("quantity", committed.quantity())
              .build());
    }
    if (event instanceof StockReserved reserved) {
      return new TypedData(
          INVENTORY_RESERVED,
          Data.with("productId", reserved.productId())
              .and("orderId", reserved.orderId())
              .and("quantity", reserved.quantity())
              .levels(reserved.levels())
              .build());
    }
    if (event instanceof StockReleased released) {
      return new TypedData(
          INVENTORY_RELEASED,
          Data.with("productId", released.productId())
              .and("orderId", released.orderId())
              .and("quantity", released.quantity())
              .and("reason", released.reason())
              .levels(released.levels())
              .build());
    }
    if (event instanceof StockReservationRejected rejected) {
      return new TypedData(
          INVENTORY_RESERVATION_REJECTED,
          Data.with("productId", rejected.productId())
              .and("orderId", rejected.orderId())
              .and("requested", rejected.requested())
              .and("available", rejected.available())
              .and("reason", rejected.reason())
              .build());
    }
    if (event instanceof LowStockDetected low) {
      return new TypedData(
          INVENTORY_LOW_STOCK,
          Data.with("productId", low.productId())
              .and("available", low.available())
              .and("threshold", low.threshold())
              .build());
    }
    if (event instanceof LowStockResolved resolved) {
      return new TypedData(
          INVENTORY_LOW_STOCK_RESOLVED,
          Data.with("productId", resolved.productId())
              .and("available", resolved.available())
              .and("threshold", resolved.threshold())
              .build());
    }
    throw new UnmappedEventException(event);
  }
}
