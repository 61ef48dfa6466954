package io.eventmart.contracts.product;

/**
 * A product's stock after an event: what is physically on hand, what is held for orders, and what
 * can still be promised ({@code available = onHand - reserved}, never negative).
 */
public record StockLevels(int onHand, int reserved, int available) {

  public static StockLevels of(int onHand, int reserved) {
    return new StockLevels(onHand, reserved, onHand - reserved);
  }
}
