package io.eventmart.relay.publishing;

import io.eventmart.relay.contract.IntegrationEventMapper;
import io.eventmart.relay.contract.OutgoingEvent;
import java.time.Duration;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes every domain event of the event store to the integration topics, as the documented
 * envelope ({@link IntegrationEventMapper}).
 *
 * <p>Its tracking processor hands it events in batches, each batch in one unit of work that also
 * stores the processor's token. Events are sent as they are handled, without waiting for each;
 * after the batch's last event the relay waits until the broker has acknowledged all of them (the
 * producer is idempotent and waits for all in-sync replicas). A missing acknowledgement fails the
 * batch: its unit of work rolls back, the token stays where it was, and the processor publishes the
 * batch again after a pause. Delivery is therefore at least once, in order per aggregate, and a
 * restart resumes after the last acknowledged batch.
 *
 * <p>History is never published twice on purpose: the relay refuses replays, so resetting its
 * tokens is refused, and rebuilding any read model never reaches it.
 */
@ProcessingGroup(KafkaRelay.PROCESSING_GROUP)
@DisallowReplay
public final class KafkaRelay {

  public static final String PROCESSING_GROUP = "kafka-relay";

  private static final Logger log = LoggerFactory.getLogger(KafkaRelay.class);
  private static final String PENDING_ACKS = KafkaRelay.class.getName() + ".pendingAcks";

  private final IntegrationEventMapper mapper;
  private final IntegrationEventPublisher publisher;
  private final Duration ackTimeout;

  /**
   * @param mapper maps domain events to the contract
   * @param publisher where the events go
   * @param ackTimeout how long a batch waits for the last acknowledgement before it fails
   */
  public KafkaRelay(
      IntegrationEventMapper mapper, IntegrationEventPublisher publisher, Duration ackTimeout) {
    this.mapper = mapper;
    this.publisher = publisher;
    this.ackTimeout = ackTimeout;
  }

  /**
   * How the relay's processor runs: one thread (so one aggregate's events are sent in order),
   * batches of {@code batchSize}, and, the first time, from the very first event stored. That first
   * pass is a first publication, not a replay: Axon would otherwise mark history as a replay, which
   * this handler skips.
   */
  public static TrackingEventProcessorConfiguration processorConfiguration(int batchSize) {
    return TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
        .andBatchSize(batchSize)
        .andInitialTrackingToken(StreamableMessageSource::createTailToken);
  }

  @EventHandler
  void on(DomainEventMessage<?> event, UnitOfWork<?> unitOfWork) {
    PendingAcks acks = pendingAcksOf(unitOfWork);
    Optional<OutgoingEvent> outgoing = mapper.map(event);
    if (outgoing.isPresent()) {
      acks.add(outgoing.get(), publisher.publish(outgoing.get()));
    } else {
      log.warn(
          "Event {} ({} of aggregate {}) is not part of the integration contract; not published",
          event.getIdentifier(),
          event.getPayloadType().getName(),
          event.getAggregateIdentifier());
    }
    if (isLastOfBatch(unitOfWork)) {
      // Waiting here, inside the handling, fails the batch before the processor even prepares to
      // store its token, whatever token store it uses; the prepare-commit hook is the safety net.
      acks.awaitAll();
    }
  }

  /** The acknowledgements the batch waits for, set up with the batch's first event. */
  private PendingAcks pendingAcksOf(UnitOfWork<?> unitOfWork) {
    UnitOfWork<?> batch = unitOfWork.root();
    return batch.getOrComputeResource(
        PENDING_ACKS,
        key -> {
          publisher.ensureTopics();
          PendingAcks acks = new PendingAcks(publisher, ackTimeout);
          batch.onPrepareCommit(committing -> acks.awaitAll());
          return acks;
        });
  }

  private static boolean isLastOfBatch(UnitOfWork<?> unitOfWork) {
    return !(unitOfWork.root() instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage();
  }
}
