package io.eventmart.order.infrastructure.metrics;

import io.eventmart.contracts.order.CancelledBy;
import io.eventmart.contracts.order.FailureReason;
import io.eventmart.contracts.order.OrderEvent.OrderCancelled;
import io.eventmart.contracts.order.OrderEvent.OrderConfirmed;
import io.eventmart.contracts.order.OrderEvent.OrderFailed;
import io.eventmart.contracts.order.OrderEvent.OrderPlaced;
import io.eventmart.contracts.order.OrderStatus;
import io.eventmart.support.metrics.AfterCommit;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * The business metrics of orders, counted where orders change: placed, confirmed, cancelled (by
 * whom), failed (why), and how long the order saga took from the placement to its decision.
 *
 * <p>It runs in a subscribing processor ({@value #PROCESSING_GROUP}), in the unit of work that
 * records the event, and measures once that has committed ({@link AfterCommit}). A subscribing
 * processor has no token and no start position: it sees the events this instance records from now
 * on, never the history, and no replay or reset can reach it. So no event is counted twice, and a
 * restart starts the counters at zero, which is what Prometheus expects of a counter.
 *
 * <p>The saga's duration is the time between the events' own timestamps: that of the order's first
 * event (its placement, read from the event store once the decision is committed) and that of the
 * decision: {@link OrderConfirmed}, {@link OrderFailed}, or an {@link OrderCancelled} of a pending
 * order, which pre-empts the saga.
 *
 * <p>Every tag value comes from a small fixed set (enums), and every series is registered at zero
 * from the start, so dashboards and alerts see them before the first order.
 */
@ProcessingGroup(OrderMetrics.PROCESSING_GROUP)
public final class OrderMetrics {

  public static final String PROCESSING_GROUP = "order-metrics";

  static final String PLACED = "eventmart.orders.placed";
  static final String CONFIRMED = "eventmart.orders.confirmed";
  static final String CANCELLED = "eventmart.orders.cancelled";
  static final String FAILED = "eventmart.orders.failed";
  static final String SAGA_DURATION = "eventmart.order.saga.duration";

  /** How the saga's work on an order ended. */
  enum SagaOutcome {
    CONFIRMED,
    FAILED,
    CANCELLED
  }

  /** Bucket bounds of the saga duration: a confirmation takes milliseconds, a timeout minutes. */
  private static final Duration[] SAGA_DURATION_BUCKETS = {
    Duration.ofMillis(100),
    Duration.ofMillis(250),
    Duration.ofMillis(500),
    Duration.ofSeconds(1),
    Duration.ofSeconds(2),
    Duration.ofSeconds(5),
    Duration.ofSeconds(10),
    Duration.ofSeconds(30),
    Duration.ofMinutes(1),
    Duration.ofMinutes(5)
  };

  private final EventStore events;
  private final Counter placed;
  private final Counter confirmed;
  private final Map<CancelledBy, Counter> cancelled;
  private final Map<FailureReason, Counter> failed;
  private final Map<SagaOutcome, Timer> sagaDurations;

  /**
   * @param registry where the meters are registered
   * @param events the event store, where an order's placement is looked up
   */
  public OrderMetrics(MeterRegistry registry, EventStore events) {
    this.events = events;
    this.placed = Counter.builder(PLACED).description("Orders placed").register(registry);
    this.confirmed =
        Counter.builder(CONFIRMED)
            .description("Orders confirmed: stock held and payment captured")
            .register(registry);
    this.cancelled =
        perValue(
            CancelledBy.class,
            by ->
                Counter.builder(CANCELLED)
                    .description("Orders cancelled, by who asked for it")
                    .tag("cancelled.by", tagValue(by))
                    .register(registry));
    this.failed =
        perValue(
            FailureReason.class,
            reason ->
                Counter.builder(FAILED)
                    .description("Orders the saga gave up, by the reason")
                    .tag("reason", tagValue(reason))
                    .register(registry));
    this.sagaDurations =
        perValue(
            SagaOutcome.class,
            outcome ->
                Timer.builder(SAGA_DURATION)
                    .description("From an order's placement to the saga's decision on it")
                    .tag("outcome", tagValue(outcome))
                    .serviceLevelObjectives(SAGA_DURATION_BUCKETS)
                    .register(registry));
  }

  @EventHandler
  void on(OrderPlaced event) {
    AfterCommit.measure(placed::increment);
  }

  @EventHandler
  void on(OrderConfirmed event, @Timestamp Instant decidedAt) {
    AfterCommit.measure(
        () -> {
          confirmed.increment();
          timeSaga(event.orderId(), SagaOutcome.CONFIRMED, decidedAt);
        });
  }

  @EventHandler
  void on(OrderFailed event, @Timestamp Instant decidedAt) {
    AfterCommit.measure(
        () -> {
          failed.get(event.reason()).increment();
          timeSaga(event.orderId(), SagaOutcome.FAILED, decidedAt);
        });
  }

  @EventHandler
  void on(OrderCancelled event, @Timestamp Instant cancelledAt) {
    AfterCommit.measure(
        () -> {
          cancelled.get(event.cancelledBy()).increment();
          if (event.previousStatus() == OrderStatus.PENDING) {
            timeSaga(event.orderId(), SagaOutcome.CANCELLED, cancelledAt);
          }
        });
  }

  private void timeSaga(UUID orderId, SagaOutcome outcome, Instant decidedAt) {
    // Both ends at the precision the event store keeps (milliseconds), as a reader of it sees them.
    Instant decided = decidedAt.truncatedTo(ChronoUnit.MILLIS);
    placedAt(orderId)
        .map(placedAt -> Duration.between(placedAt.truncatedTo(ChronoUnit.MILLIS), decided))
        // Instances' clocks may disagree by a little; a negative duration means nothing.
        .filter(duration -> !duration.isNegative())
        .ifPresent(duration -> sagaDurations.get(outcome).record(duration));
  }

  /** When the order was placed: the timestamp of its first event, if that is its placement. */
  private Optional<Instant> placedAt(UUID orderId) {
    DomainEventStream history = events.readEvents(orderId.toString(), 0);
    if (!history.hasNext()) {
      return Optional.empty();
    }
    DomainEventMessage<?> first = history.next();
    return first.getPayload() instanceof OrderPlaced
        ? Optional.of(first.getTimestamp())
        : Optional.empty();
  }

  private static <E extends Enum<E>, M> Map<E, M> perValue(Class<E> values, Function<E, M> meter) {
    Map<E, M> meters = new EnumMap<>(values);
    Arrays.stream(values.getEnumConstants())
        .forEach(value -> meters.put(value, meter.apply(value)));
    return meters;
  }

  private static String tagValue(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
