package io.eventmart.relay.publishing;

import io.eventmart.relay.contract.OutgoingEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The acknowledgements one batch of the relay is waiting for. Events are sent as the batch is
 * handled, without waiting for each; {@link #awaitAll()} then waits for all of them, and any
 * failure or timeout fails the batch.
 */
final class PendingAcks {

  private record Pending(OutgoingEvent event, Future<?> ack) {}

  private static final Logger log = LoggerFactory.getLogger(PendingAcks.class);

  private final IntegrationEventPublisher publisher;
  private final Duration timeout;
  private final List<Pending> pending = new ArrayList<>();

  PendingAcks(IntegrationEventPublisher publisher, Duration timeout) {
    this.publisher = publisher;
    this.timeout = timeout;
  }

  /**
   * Remembers an acknowledgement to wait for. One that has failed already (the broker cannot be
   * reached) fails the batch at once instead of sending the rest in vain.
   */
  void add(OutgoingEvent event, Future<?> ack) {
    if (ack.isDone()) {
      await(new Pending(event, ack), 0);
    }
    pending.add(new Pending(event, ack));
  }

  /**
   * Waits until the broker has acknowledged every event of the batch. Flushing returns once every
   * send has an outcome (the producer's own delivery timeout bounds it), so the waits that follow
   * are only a safety net for a publisher that answers later.
   */
  void awaitAll() {
    if (pending.isEmpty()) {
      return;
    }
    publisher.flush();
    for (Pending each : pending) {
      await(each, timeout.toMillis());
    }
    log.debug("The broker acknowledged {} integration events", pending.size());
    pending.clear();
  }

  private static void await(Pending each, long millis) {
    try {
      each.ack().get(millis, TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw failure(each, "was not acknowledged", e.getCause());
    } catch (TimeoutException e) {
      throw failure(each, "was not acknowledged in time", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure(each, "was interrupted while waiting for its acknowledgement", e);
    }
  }

  private static RelayFailedException failure(Pending each, String what, Throwable cause) {
    var event = each.event().event();
    return new RelayFailedException(
        "Integration event "
            + event.id()
            + " ("
            + event.type()
            + " of "
            + event.aggregateType()
            + " "
            + event.aggregateId()
            + ") "
            + what
            + "; its batch will be published again",
        cause);
  }
}
