package io.eventmart.relay.publishing;

import io.eventmart.relay.contract.OutgoingEvent;
import java.util.concurrent.Future;

/** Where integration events go: the message broker, seen from the relay. */
public interface IntegrationEventPublisher {

  /**
   * Makes sure the contract's topics exist; returns at once once they do. Throws when the broker
   * cannot be reached, so the batch fails and is tried again later.
   */
  void ensureTopics();

  /**
   * Starts publishing {@code event} and answers the broker's acknowledgement to come. Publishing is
   * asynchronous; the order of calls is the order on each partition.
   */
  Future<?> publish(OutgoingEvent event);

  /** Sends whatever is still buffered, without waiting for the linger time. */
  void flush();
}
