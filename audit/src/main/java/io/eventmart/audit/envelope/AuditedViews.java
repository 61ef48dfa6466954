package io.eventmart.audit.envelope;

import io.eventmart.contracts.audit.AuditedAggregateType;
import io.eventmart.contracts.cart.CartEvent;
import io.eventmart.contracts.order.OrderEvent;
import io.eventmart.contracts.payment.PaymentEvent;
import io.eventmart.contracts.product.ProductEvent;
import io.eventmart.contracts.product.StockEvent;
import java.util.Optional;

/**
 * Which audited view an event belongs to. The view follows from the event's family (the sealed
 * interface of its payload), not from the aggregate that stored it: a product stores both {@link
 * ProductEvent}s and {@link StockEvent}s, which the audit shows as {@code product} and {@code
 * inventory}.
 */
public final class AuditedViews {

  private AuditedViews() {}

  /** The view of events whose payload is a {@code payloadType}, if it is an audited family. */
  public static Optional<AuditedAggregateType> of(Class<?> payloadType) {
    if (OrderEvent.class.isAssignableFrom(payloadType)) {
      return Optional.of(AuditedAggregateType.ORDER);
    }
    if (CartEvent.class.isAssignableFrom(payloadType)) {
      return Optional.of(AuditedAggregateType.CART);
    }
    if (ProductEvent.class.isAssignableFrom(payloadType)) {
      return Optional.of(AuditedAggregateType.PRODUCT);
    }
    if (StockEvent.class.isAssignableFrom(payloadType)) {
      return Optional.of(AuditedAggregateType.INVENTORY);
    }
    if (PaymentEvent.class.isAssignableFrom(payloadType)) {
      return Optional.of(AuditedAggregateType.PAYMENT);
    }
    return Optional.empty();
  }

  /** Whether events whose payload is a {@code payloadType} belong to {@code view}. */
  public static boolean belongsTo(Class<?> payloadType, AuditedAggregateType view) {
    return of(payloadType).filter(view::equals).isPresent();
  }
}
