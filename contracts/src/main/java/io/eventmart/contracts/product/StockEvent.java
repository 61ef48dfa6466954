package io.eventmart.contracts.product;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * What happened to a product's stock. Events that change the numbers carry the resulting {@link
 * StockLevels}, so a read model can take them as they are instead of recomputing.
 */
public sealed interface StockEvent {

  UUID productId();

  /** The product's stock starts: registration with its opening count and low-stock threshold. */
  @Revision("1")
  record StockInitialized(UUID productId, StockLevels levels, int lowStockThreshold)
      implements StockEvent {}

  @Revision("1")
  record StockRestocked(UUID productId, int quantity, StockLevels levels) implements StockEvent {}

  @Revision("1")
  record StockCountCorrected(UUID productId, int previousOnHand, String reason, StockLevels levels)
      implements StockEvent {}

  @Revision("1")
  record StockReserved(UUID productId, UUID orderId, int quantity, StockLevels levels)
      implements StockEvent {}

  @Revision("1")
  record StockReservationRejected(
      UUID productId, UUID orderId, int requested, int available, ReservationRejectionReason reason)
      implements StockEvent {}

  @Revision("1")
  record StockReleased(
      UUID productId, UUID orderId, int quantity, String reason, StockLevels levels)
      implements StockEvent {}

  /** The order shipped: its reserved units left the warehouse (on hand and reserved both drop). */
  @Revision("1")
  record StockCommitted(UUID productId, UUID orderId, int quantity, StockLevels levels)
      implements StockEvent {}

  /** Availability fell below the threshold (raised once per crossing, not on every change). */
  @Revision("1")
  record LowStockDetected(UUID productId, int available, int threshold) implements StockEvent {}

  /** Availability is back at or above the threshold. */
  @Revision("1")
  record LowStockResolved(UUID productId, int available, int threshold) implements StockEvent {}
}
