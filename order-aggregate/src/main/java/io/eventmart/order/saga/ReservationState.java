package io.eventmart.order.saga;

import io.eventmart.contracts.product.ReservationRejectionReason;

/** Where the stock of one order line stands, as far as the saga knows. */
enum ReservationState {
  /** ReserveStock was sent; neither StockReserved nor StockReservationRejected has arrived. */
  AWAITING_ANSWER,
  /** The units are held for the order. */
  RESERVED,
  /** The units were held and the saga has given them back. */
  RELEASED,
  /** Refused: fewer units were available than the line asks for. */
  INSUFFICIENT_STOCK,
  /** Refused: the product is discontinued. */
  DISCONTINUED;

  static ReservationState rejectedBecause(ReservationRejectionReason reason) {
    return switch (reason) {
      case INSUFFICIENT_STOCK -> INSUFFICIENT_STOCK;
      case PRODUCT_DISCONTINUED -> DISCONTINUED;
    };
  }
}
