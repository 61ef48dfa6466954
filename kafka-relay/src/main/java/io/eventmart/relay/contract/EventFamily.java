package io.eventmart.relay.contract;

import io.eventmart.contracts.integration.IntegrationTopic;

/**
 * The families of domain events the contract publishes: for each, the aggregate type it names, the
 * topic it goes to and the EventMart service that produces it. Product and stock events come from
 * the same product aggregate but are two families, so stock consumers need not read the catalog.
 */
public enum EventFamily {
  PRODUCT("product", IntegrationTopic.PRODUCT_EVENTS, "inventory-service"),
  INVENTORY("inventory", IntegrationTopic.INVENTORY_EVENTS, "inventory-service"),
  ORDER("order", IntegrationTopic.ORDER_EVENTS, "order-service"),
  CART("cart", IntegrationTopic.CART_EVENTS, "order-service"),
  PAYMENT("payment", IntegrationTopic.PAYMENT_EVENTS, "payment-service");

  private final String aggregateType;
  private final IntegrationTopic topic;
  private final String service;

  EventFamily(String aggregateType, IntegrationTopic topic, String service) {
    this.aggregateType = aggregateType;
    this.topic = topic;
    this.service = service;
  }

  public String aggregateType() {
    return aggregateType;
  }

  public IntegrationTopic topic() {
    return topic;
  }

  public String service() {
    return service;
  }
}
