package io.eventmart.analytics.ingest;

import io.eventmart.contracts.integration.IntegrationEvent;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Applies an integration event exactly once to the analytics tables: in one R2DBC transaction, the
 * event's id is inserted into {@code analytics.processed_event} (doing nothing if it is there
 * already) and, only if it was new, the event is applied by every {@link EventApplier} interested
 * in its type. A redelivered event, or one a relay sent twice, therefore changes nothing.
 */
public final class EventIngestion {

  /** What ingesting an event did. */
  public enum Outcome {
    APPLIED,
    DUPLICATE
  }

  static final String PROCESSED_EVENTS = "analytics.processed_event";

  private final DatabaseClient db;
  private final TransactionalOperator transaction;
  private final List<EventApplier> appliers;

  public EventIngestion(
      DatabaseClient db, TransactionalOperator transaction, List<EventApplier> appliers) {
    this.db = db;
    this.transaction = transaction;
    this.appliers = List.copyOf(appliers);
  }

  public Mono<Outcome> ingest(IntegrationEvent event, KafkaPosition position) {
    Mono<Outcome> work =
        claim(event, position)
            .flatMap(isNew -> isNew ? apply(event).thenReturn(Outcome.APPLIED) : duplicate());
    return transaction.transactional(work);
  }

  /** Empties the model and forgets every event applied, in one statement (so all or nothing). */
  public Mono<Void> forgetEverything() {
    List<String> tables = new ArrayList<>();
    tables.add(PROCESSED_EVENTS);
    appliers.forEach(applier -> tables.addAll(applier.tables()));
    return db.sql("TRUNCATE " + String.join(", ", tables)).then();
  }

  private Mono<Boolean> claim(IntegrationEvent event, KafkaPosition position) {
    return db.sql(
            "INSERT INTO analytics.processed_event (event_id, type, aggregate_id, sequence,"
                + " occurred_at, kafka_topic, kafka_partition, kafka_offset)"
                + " VALUES (:id, :type, :aggregateId, :sequence, :at, :topic, :partition, :offset)"
                + " ON CONFLICT (event_id) DO NOTHING")
        .bind("id", event.id())
        .bind("type", event.type())
        .bind("aggregateId", event.aggregateId())
        .bind("sequence", event.sequence())
        .bind("at", event.timestamp().atOffset(ZoneOffset.UTC))
        .bind("topic", position.topic())
        .bind("partition", position.partition())
        .bind("offset", position.offset())
        .fetch()
        .rowsUpdated()
        .map(inserted -> inserted == 1);
  }

  private Mono<Void> apply(IntegrationEvent event) {
    return Flux.fromIterable(appliers)
        .filter(applier -> applier.accepts(event.type()))
        .concatMap(applier -> applier.apply(event))
        .then();
  }

  private static Mono<Outcome> duplicate() {
    return Mono.just(Outcome.DUPLICATE);
  }
}
