package io.eventmart.relay.contract;

import io.eventmart.contracts.integration.IntegrationEvent;
import io.eventmart.contracts.integration.IntegrationTopic;

/**
 * An integration event ready to be published: the envelope and the topic it belongs on. Its Kafka
 * key is the aggregate id, so one aggregate's events share a partition and keep their order.
 */
public record OutgoingEvent(IntegrationTopic topic, IntegrationEvent event) {

  public String key() {
    return event.aggregateId();
  }
}
