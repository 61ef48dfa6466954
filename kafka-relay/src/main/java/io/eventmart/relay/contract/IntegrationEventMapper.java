package io.eventmart.relay.contract;

import static io.eventmart.contracts.metadata.EventMetadata.CAUSATION_ID;
import static io.eventmart.contracts.metadata.EventMetadata.CORRELATION_ID;
import static io.eventmart.contracts.metadata.EventMetadata.USER_ID;

import io.eventmart.contracts.cart.CartEvent;
import io.eventmart.contracts.integration.IntegrationEvent;
import io.eventmart.contracts.order.OrderEvent;
import io.eventmart.contracts.payment.PaymentEvent;
import io.eventmart.contracts.product.ProductEvent;
import io.eventmart.contracts.product.StockEvent;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.MetaData;

/**
 * Turns a stored domain event into the envelope of the integration contract: the domain event's id
 * (consumers deduplicate by it), its dotted type and documented data, its timestamp, its aggregate
 * and position in that aggregate's stream, and where it came from.
 */
public final class IntegrationEventMapper {

  /** The version of every type's {@code data} schema; raised per type when a field changes. */
  public static final int DATA_VERSION = 1;

  /**
   * The event as the contract publishes it, or empty when it is not an EventMart domain event (the
   * contract speaks only of products, stock, orders, carts and payments).
   */
  public Optional<OutgoingEvent> map(DomainEventMessage<?> message) {
    Object payload = message.getPayload();
    if (payload instanceof ProductEvent event) {
      return Optional.of(envelope(message, EventFamily.PRODUCT, ProductEventMapping.map(event)));
    }
    if (payload instanceof StockEvent event) {
      return Optional.of(envelope(message, EventFamily.INVENTORY, StockEventMapping.map(event)));
    }
    if (payload instanceof OrderEvent event) {
      return Optional.of(envelope(message, EventFamily.ORDER, OrderEventMapping.map(event)));
    }
    if (payload instanceof CartEvent event) {
      return Optional.of(envelope(message, EventFamily.CART, CartEventMapping.map(event)));
    }
    if (payload instanceof PaymentEvent event) {
      return Optional.of(envelope(message, EventFamily.PAYMENT, PaymentEventMapping.map(event)));
    }
    return Optional.empty();
  }

  private static OutgoingEvent envelope(
      DomainEventMessage<?> message, EventFamily family, TypedData typed) {
    MetaData metaData = message.getMetaData();
    IntegrationEvent event =
        new IntegrationEvent(
            message.getIdentifier(),
            typed.type(),
            message.getTimestamp(),
            DATA_VERSION,
            message.getAggregateIdentifier(),
            family.aggregateType(),
            message.getSequenceNumber(),
            typed.data(),
            new IntegrationEvent.Metadata(
                text(metaData.get(CORRELATION_ID)),
                text(metaData.get(CAUSATION_ID)),
                family.service(),
                text(metaData.get(USER_ID))));
    return new OutgoingEvent(family.topic(), event);
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
