package io.eventmart.contracts.integration;

import java.time.Duration;
import java.util.List;

/**
 * The Kafka topics of the integration contract, keyed by aggregate id so each aggregate's events
 * keep their order, with the partition counts and retention they are created with.
 */
public enum IntegrationTopic {
  PRODUCT_EVENTS("product-events", 3, Duration.ofDays(7)),
  INVENTORY_EVENTS("inventory-events", 3, Duration.ofDays(30)),
  ORDER_EVENTS("order-events", 6, Duration.ofDays(30)),
  PAYMENT_EVENTS("payment-events", 6, Duration.ofDays(90)),
  CART_EVENTS("cart-events", 3, Duration.ofDays(7));

  private final String topicName;
  private final int partitions;
  private final Duration retention;

  IntegrationTopic(String topicName, int partitions, Duration retention) {
    this.topicName = topicName;
    this.partitions = partitions;
    this.retention = retention;
  }

  public String topicName() {
    return topicName;
  }

  public int partitions() {
    return partitions;
  }

  public Duration retention() {
    return retention;
  }

  public static List<String> names() {
    return java.util.Arrays.stream(values()).map(IntegrationTopic::topicName).toList();
  }
}
