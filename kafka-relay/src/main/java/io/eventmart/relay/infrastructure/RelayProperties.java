package io.eventmart.relay.infrastructure;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the relay ({@code eventmart.relay.*}); every one has a default.
 *
 * @param batchSize how many events the relay's processor handles in one unit of work, i.e. how many
 *     are sent before it waits for their acknowledgements and stores its token
 * @param ackTimeout how long a batch waits for the broker to acknowledge its events before it fails
 *     and is published again; also the producer's delivery timeout, so at least twice {@code
 *     brokerTimeout}
 * @param brokerTimeout how long a request to the broker may take (creating topics, fetching
 *     metadata) before it counts as failed
 */
@ConfigurationProperties("eventmart.relay")
public record RelayProperties(
    @DefaultValue("100") int batchSize,
    @DefaultValue("60s") Duration ackTimeout,
    @DefaultValue("15s") Duration brokerTimeout) {

  public RelayProperties {
    if (batchSize < 1) {
      throw new IllegalArgumentException(
          "eventmart.relay.batch-size must be at least 1, not " + batchSize);
    }
    if (brokerTimeout.isNegative() || brokerTimeout.isZero()) {
      throw new IllegalArgumentException("eventmart.relay.broker-timeout must be positive");
    }
    if (ackTimeout.compareTo(brokerTimeout.multipliedBy(2)) < 0) {
      throw new IllegalArgumentException(
          "eventmart.relay.ack-timeout ("
              + ackTimeout
              + ") must be at least twice eventmart.relay.broker-timeout ("
              + brokerTimeout
              + "), so that a send can be retried at least once");
    }
  }
}
