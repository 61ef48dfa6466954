package io.eventmart.analytics.ingest;

import io.eventmart.contracts.integration.IntegrationEvent;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.kafka.receiver.KafkaReceiver;
import reactor.kafka.receiver.ReceiverOptions;
import reactor.kafka.receiver.ReceiverRecord;
import reactor.util.retry.Retry;

/**
 * Consumes the integration topics in its consumer group, one record after the other (so each
 * partition's order is kept), with manual offset commits:
 *
 * <ol>
 *   <li>the record is read as an envelope ({@link EnvelopeReader});
 *   <li>it is applied in one database transaction with its dedupe record ({@link EventIngestion});
 *   <li>only after that commit is the record acknowledged, and acknowledged offsets are committed
 *       to Kafka periodically and when the consumer stops.
 * </ol>
 *
 * A crash between the database commit and the offset commit makes Kafka deliver the record again,
 * and the dedupe record makes that delivery change nothing. A record that cannot be applied is
 * dead-lettered as {@link FailurePolicy} decides, and consumption goes on with the next.
 */
public final class AnalyticsConsumer {

  private static final Logger log = LoggerFactory.getLogger(AnalyticsConsumer.class);
  private static final Duration FIRST_RESTART_PAUSE = Duration.ofSeconds(1);
  private static final Duration LONGEST_RESTART_PAUSE = Duration.ofSeconds(30);

  private final ReceiverOptions<String, byte[]> options;
  private final Mono<Void> topicsReady;
  private final EnvelopeReader reader;
  private final EventIngestion ingestion;
  private final DeadLetters deadLetters;
  private final FailurePolicy failures;
  private final ConsumerProgress progress;
  private final List<IngestionListener> listeners;

  private Sinks.Empty<Void> stopRequested;
  private Sinks.Empty<Void> stopped;
  private Disposable consuming;
  private volatile boolean running;
  private volatile boolean shutDown;

  /**
   * @param options the receiver: consumer settings and the subscribed topics
   * @param topicsReady completes once the topics exist (fails, to be tried again, until they do)
   * @param reader reads envelopes
   * @param ingestion applies them
   * @param deadLetters where records that cannot be applied go
   * @param failures what a failure deserves
   * @param progress where the consumer reports how far it got
   * @param listeners hear of every event applied
   */
  public AnalyticsConsumer(
      ReceiverOptions<String, byte[]> options,
      Mono<Void> topicsReady,
      EnvelopeReader reader,
      EventIngestion ingestion,
      DeadLetters deadLetters,
      FailurePolicy failures,
      ConsumerProgress progress,
      List<IngestionListener> listeners) {
    this.options = options;
    this.topicsReady = topicsReady;
    this.reader = reader;
    this.ingestion = ingestion;
    this.deadLetters = deadLetters;
    this.failures = failures;
    this.progress = progress;
    this.listeners = List.copyOf(listeners);
  }

  /**
   * Joins the group and consumes from the committed offsets (from the earliest retained ones the
   * first time). If the consumer itself fails, it starts over from the committed offsets.
   */
  public synchronized void start() {
    if (shutDown || isRunning()) {
      return;
    }
    Sinks.Empty<Void> stopRequest = Sinks.empty();
    Sinks.Empty<Void> done = Sinks.empty();
    stopRequested = stopRequest;
    stopped = done;
    running = true;
    consuming =
        topicsReady
            .thenMany(Flux.defer(() -> KafkaReceiver.create(options).receive()))
            .takeUntilOther(stopRequest.asMono())
            .concatMap(this::handle)
            .then()
            .doOnError(
                failure -> {
                  progress.failing(failure);
                  log.warn(
                      "The analytics consumer stopped ({}); it starts again from the committed"
                          + " offsets",
                      failure.toString());
                })
            .retryWhen(
                Retry.backoff(Long.MAX_VALUE, FIRST_RESTART_PAUSE)
                    .maxBackoff(LONGEST_RESTART_PAUSE))
            .doFinally(
                signal -> {
                  running = false;
                  done.tryEmitEmpty();
                })
            .subscribe();
    log.info("The analytics consumer started");
  }

  /**
   * Stops consuming: the record in hand (and any already fetched) is finished and acknowledged,
   * then the consumer leaves its group, committing the acknowledged offsets. Completes once the
   * last record is finished. A record still not finished after {@code grace} (one that waits for an
   * unreachable database) is abandoned: Kafka delivers it again after the next start.
   */
  public Mono<Void> stop(Duration grace) {
    Sinks.Empty<Void> stopRequest;
    Sinks.Empty<Void> done;
    Disposable subscription;
    synchronized (this) {
      if (!isRunning()) {
        return Mono.empty();
      }
      stopRequest = stopRequested;
      done = stopped;
      subscription = consuming;
    }
    stopRequest.tryEmitEmpty();
    return done.asMono()
        .timeout(
            grace,
            Mono.defer(
                () -> {
                  log.warn("The record in hand was not finished in {}; it is abandoned", grace);
                  subscription.dispose();
                  return done.asMono();
                }))
        .doOnSuccess(ignored -> log.info("The analytics consumer stopped"));
  }

  /** Stops for good, as the application shuts down: a rebuild under way does not start it again. */
  public Mono<Void> shutDown(Duration grace) {
    shutDown = true;
    return stop(grace);
  }

  public boolean isRunning() {
    return running;
  }

  private Mono<Void> handle(ReceiverRecord<String, byte[]> record) {
    String what = "record " + record.topic() + "-" + record.partition() + "@" + record.offset();
    return Mono.defer(() -> ingest(record))
        .retryWhen(failures.retries(what, progress::failing))
        .onErrorResume(failure -> deadLetter(record, failure, what))
        .doOnSuccess(
            ignored -> {
              record.receiverOffset().acknowledge();
              progress.finished(record.topic(), record.partition(), record.offset());
            });
  }

  private Mono<Void> ingest(ReceiverRecord<String, byte[]> record) {
    IntegrationEvent event = reader.read(record.value());
    var position = new KafkaPosition(record.topic(), record.partition(), record.offset());
    return ingestion
        .ingest(event, position)
        .doOnNext(
            outcome -> {
              if (outcome == EventIngestion.Outcome.APPLIED) {
                listeners.forEach(listener -> listener.applied(event));
              } else {
                log.debug(
                    "Event {} ({}) was applied before; passed over", event.id(), event.type());
              }
            })
        .then();
  }

  private Mono<Void> deadLetter(
      ReceiverRecord<String, byte[]> record, Throwable failure, String what) {
    return deadLetters
        .send(record, failure)
        .retryWhen(failures.forever("dead-lettering " + what, progress::failing))
        .doOnSuccess(
            sent ->
                log.error(
                    "{} cannot be applied and went to {}: {}",
                    what,
                    deadLetters.topic(),
                    failure.toString()));
  }
}
