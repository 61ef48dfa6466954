package io.eventmart.contracts.audit;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * The state of an aggregate as the audit rebuilds it from the aggregate's events: one record per
 * audited view, always with the same fields (absent facts are {@code null} or empty), so every
 * answer for a view has the same shape. In JSON, {@code aggregateType} says which shape it is.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "aggregateType")
@JsonSubTypes({
  @JsonSubTypes.Type(value = OrderState.class, name = "order"),
  @JsonSubTypes.Type(value = CartState.class, name = "cart"),
  @JsonSubTypes.Type(value = ProductState.class, name = "product"),
  @JsonSubTypes.Type(value = InventoryState.class, name = "inventory"),
  @JsonSubTypes.Type(value = PaymentState.class, name = "payment")
})
public sealed interface AggregateState
    permits OrderState, CartState, ProductState, InventoryState, PaymentState {}
