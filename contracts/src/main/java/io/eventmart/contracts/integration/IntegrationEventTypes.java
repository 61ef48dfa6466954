package io.eventmart.contracts.integration;

/**
 * The dotted type names of the integration contract. The first ones are those API.md promises; the
 * ones marked "extension" carry facts the promised ones do not (e.g. a reservation that was
 * refused) and are documented alongside them.
 */
public final class IntegrationEventTypes {

  public static final String ORDER_CREATED = "order.created";
  public static final String ORDER_CONFIRMED = "order.confirmed";
  public static final String ORDER_PROCESSING = "order.processing";
  public static final String ORDER_SHIPPED = "order.shipped";
  public static final String ORDER_DELIVERED = "order.delivered";
  public static final String ORDER_CANCELLED = "order.cancelled";
  public static final String ORDER_FAILED = "order.failed";

  public static final String INVENTORY_RESERVED = "inventory.reserved";
  public static final String INVENTORY_RELEASED = "inventory.released";
  public static final String INVENTORY_UPDATED = "inventory.updated";
  public static final String INVENTORY_LOW_STOCK = "inventory.low_stock";

  public static final String PAYMENT_INITIATED = "payment.initiated";
  public static final String PAYMENT_COMPLETED = "payment.completed";
  public static final String PAYMENT_FAILED = "payment.failed";
  public static final String PAYMENT_REFUNDED = "payment.refunded";

  public static final String PRODUCT_CREATED = "product.created";
  public static final String PRODUCT_UPDATED = "product.updated";
  public static final String PRODUCT_PRICE_CHANGED = "product.price_changed";
  public static final String PRODUCT_DELETED = "product.deleted";

  /** Extension: a reservation was refused (not enough stock, or discontinued). */
  public static final String INVENTORY_RESERVATION_REJECTED = "inventory.reservation_rejected";

  /** Extension: availability climbed back to the threshold. */
  public static final String INVENTORY_LOW_STOCK_RESOLVED = "inventory.low_stock_resolved";

  /** Extension: the gateway authorised the payment (capture follows). */
  public static final String PAYMENT_AUTHORIZED = "payment.authorized";

  /** Extension: an uncaptured payment was voided. */
  public static final String PAYMENT_VOIDED = "payment.voided";

  /** Extension: a refund was asked for (payment.refunded follows, or payment.refund_failed). */
  public static final String PAYMENT_REFUND_REQUESTED = "payment.refund_requested";

  /** Extension: the gateway could not pay a refund back. */
  public static final String PAYMENT_REFUND_FAILED = "payment.refund_failed";

  /** Extension: cart activity, for funnel analytics. */
  public static final String CART_ITEM_ADDED = "cart.item_added";

  public static final String CART_ITEM_CHANGED = "cart.item_changed";
  public static final String CART_ITEM_REMOVED = "cart.item_removed";
  public static final String CART_CLEARED = "cart.cleared";
  public static final String CART_CHECKED_OUT = "cart.checked_out";

  private IntegrationEventTypes() {}
}
