package io.eventmart.support.projection;

import io.eventmart.contracts.projection.ProjectionStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Gauges of every {@link Projection} of the service: how many events it is behind, where it is, and
 * in which state.
 *
 * <p>A projection's status can be slow to come by (the analytics projection asks Kafka several
 * questions, each allowed its broker timeout), and a scrape must never wait for it. So statuses are
 * sampled in the background, each projection on a schedule of its own so one that hangs holds up no
 * other, and the gauges only read the latest sample. A sample that could not be taken, or is older
 * than three sampling intervals, is unknown: lag and position are then NaN (not a misleading last
 * value) and the state is {@code unknown}.
 */
public final class ProjectionMetrics implements MeterBinder, SmartLifecycle {

  static final String LAG = "eventmart.projection.lag";
  static final String POSITION = "eventmart.projection.position";
  static final String STATE = "eventmart.projection.state";

  /** Every state the state gauge knows: RUNNING, REPLAYING, ERROR, STOPPED, and unknown. */
  static final List<String> STATES = List.of("running", "replaying", "error", "stopped", "unknown");

  private static final String UNKNOWN = "unknown";
  private static final int STALE_AFTER_INTERVALS = 3;
  private static final Logger log = LoggerFactory.getLogger(ProjectionMetrics.class);

  /** The latest status of a projection and when it was read; no status if reading it failed. */
  private record Sample(ProjectionStatus status, Instant at) {}

  private final Supplier<List<Projection>> projections;
  private final Duration interval;
  private final Clock clock;
  private final Map<String, Sample> samples = new ConcurrentHashMap<>();
  private volatile ScheduledExecutorService sampler;

  /**
   * @param projections the service's projections, looked up when the gauges are bound
   * @param interval how often each projection's status is read
   * @param clock when a status was read, to tell a fresh sample from a stale one
   */
  public ProjectionMetrics(Supplier<List<Projection>> projections, Duration interval, Clock clock) {
    this.projections = projections;
    this.interval = interval;
    this.clock = clock;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (Projection projection : projections.get()) {
      String name = projection.name();
      Gauge.builder(LAG, this, metrics -> metrics.lag(name))
          .description("Events of its source the projection has not processed yet")
          .baseUnit("events")
          .tag("projection", name)
          .strongReference(true)
          .register(registry);
      Gauge.builder(POSITION, this, metrics -> metrics.position(name))
          .description("Where the projection is in its source (global index, or Kafka offsets)")
          .tag("projection", name)
          .strongReference(true)
          .register(registry);
      for (String state : STATES) {
        Gauge.builder(STATE, this, metrics -> metrics.isIn(name, state) ? 1 : 0)
            .description("1 for the state the projection is in, 0 for the others")
            .tag("projection", name)
            .tag("state", state)
            .strongReference(true)
            .register(registry);
      }
    }
  }

  /** Reads {@code projection}'s status now and keeps it for the gauges. */
  void sample(Projection projection) {
    ProjectionStatus status;
    try {
      status = projection.status();
    } catch (RuntimeException e) {
      log.debug("Cannot read the status of projection {}: {}", projection.name(), e.toString());
      status = null;
    }
    samples.put(projection.name(), new Sample(status, clock.instant()));
  }

  double lag(String projection) {
    ProjectionStatus status = current(projection);
    return status == null ? Double.NaN : status.lagEvents();
  }

  double position(String projection) {
    ProjectionStatus status = current(projection);
    return status == null ? Double.NaN : status.position();
  }

  boolean isIn(String projection, String state) {
    return state.equals(stateOf(projection));
  }

  private String stateOf(String projection) {
    ProjectionStatus status = current(projection);
    if (status == null) {
      return UNKNOWN;
    }
    String state = status.status().toLowerCase(Locale.ROOT);
    return STATES.contains(state) ? state : UNKNOWN;
  }

  /** The latest status if it was read and is fresh, else null. */
  private ProjectionStatus current(String projection) {
    Sample sample = samples.get(projection);
    if (sample == null || sample.status() == null) {
      return null;
    }
    Instant staleFrom = sample.at().plus(interval.multipliedBy(STALE_AFTER_INTERVALS));
    return clock.instant().isBefore(staleFrom) ? sample.status() : null;
  }

  /** Starts sampling once the application runs (and with it the projections' processors). */
  @Override
  public void start() {
    List<Projection> all = projections.get();
    AtomicInteger threads = new AtomicInteger();
    ScheduledExecutorService executor =
        Executors.newScheduledThreadPool(
            Math.max(1, all.size()),
            task -> {
              Thread thread = new Thread(task, "projection-metrics-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    for (Projection projection : all) {
      executor.scheduleWithFixedDelay(
          () -> sample(projection), 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }
    sampler = executor;
  }

  @Override
  public void stop() {
    ScheduledExecutorService executor = sampler;
    sampler = null;
    if (executor != null) {
      executor.shutdownNow();
    }
  }

  @Override
  public boolean isRunning() {
    return sampler != null;
  }
}
