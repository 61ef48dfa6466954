package io.eventmart.analytics.ingest;

import io.eventmart.contracts.integration.IntegrationEvent;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * One part of the analytics model: the events it learns from, how it applies one, and the tables it
 * keeps. {@link EventIngestion} calls it inside the transaction that also records the event as
 * applied, so an event is applied at most once.
 */
public interface EventApplier {

  /** Whether this part learns from events of {@code type}. */
  boolean accepts(String type);

  /**
   * Applies the event, within the caller's transaction. A {@link PoisonMessageException} (e.g. a
   * data error) rolls the transaction back and sends the event to the dead letters.
   */
  Mono<Void> apply(IntegrationEvent event);

  /** The tables this part keeps (schema-qualified); a rebuild empties them. */
  List<String> tables();
}
