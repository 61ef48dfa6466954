package io.eventmart.support.projection;

import io.eventmart.contracts.projection.ProjectionStatus;
import java.util.Collection;
import java.util.OptionalLong;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A projection fed by an Axon streaming event processor (tracking or pooled) reading the event
 * store. Its position is the processor's global event index; a rebuild stops the processor, resets
 * its tokens (which calls the projection's {@code @ResetHandler}s), and starts it again from the
 * first event. A {@link RebuildListener} hears when a rebuild starts and when it has caught up,
 * e.g. to swap a search alias to the index built meanwhile.
 */
public final class TrackingProjection implements Projection {

  /** Hooks around a rebuild; both run on the thread that noticed. */
  public interface RebuildListener {

    /** The processor is stopped; its tokens are about to be reset. */
    default void beforeReplay() {}

    /** The replay has caught up with the head of the event stream. */
    default void afterReplay() {}
  }

  private static final Logger log = LoggerFactory.getLogger(TrackingProjection.class);
  private static final long WATCH_INTERVAL_MILLIS = 500;

  private final String name;
  private final Supplier<StreamingEventProcessor> processor;
  private final Supplier<TrackingToken> head;
  private final RebuildListener listener;
  private final ScheduledExecutorService watcher;
  private volatile ScheduledFuture<?> watching;

  /**
   * @param name the projection's name
   * @param processor its event processor, looked up when needed (it exists once Axon started)
   * @param head the current head of the event stream (for the lag)
   * @param listener hooks around a rebuild
   * @param watcher where the end of a rebuild is watched for
   */
  public TrackingProjection(
      String name,
      Supplier<StreamingEventProcessor> processor,
      Supplier<TrackingToken> head,
      RebuildListener listener,
      ScheduledExecutorService watcher) {
    this.name = name;
    this.processor = processor;
    this.head = head;
    this.listener = listener;
    this.watcher = watcher;
  }

  /**
   * The projection fed by the streaming processor {@code processorName} of Axon's configuration,
   * with the event store's head as reference.
   */
  public static TrackingProjection of(
      String name,
      String processorName,
      Configuration axon,
      ScheduledExecutorService watcher,
      RebuildListener listener) {
    return new TrackingProjection(
        name,
        () ->
            axon.eventProcessingConfiguration()
                .eventProcessor(processorName, StreamingEventProcessor.class)
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            "no streaming event processor named " + processorName)),
        () -> axon.eventStore().createHeadToken(),
        listener,
        watcher);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ProjectionStatus status() {
    StreamingEventProcessor events = processor.get();
    Collection<EventTrackerStatus> segments = events.processingStatus().values();
    long position =
        segments.stream()
            .map(EventTrackerStatus::getCurrentPosition)
            .filter(OptionalLong::isPresent)
            .mapToLong(OptionalLong::getAsLong)
            .min()
            .orElse(0);
    long headPosition = head.get() == null ? 0 : head.get().position().orElse(0);
    boolean replaying = isRebuilding(segments);
    return new ProjectionStatus(
        name,
        state(events, segments, replaying),
        position,
        Math.max(0, headPosition - position),
        replaying,
        replaying ? progress(segments, position) : null);
  }

  @Override
  public synchronized void replay() {
    StreamingEventProcessor events = processor.get();
    log.info("Rebuilding projection {}", name);
    events.shutdownAsync().join();
    try {
      listener.beforeReplay();
      events.resetTokens();
    } finally {
      // A rebuild that could not start must not leave the projection stopped.
      events.start();
    }
    if (watching != null) {
      watching.cancel(false);
    }
    watching =
        watcher.scheduleWithFixedDelay(
            this::finishWhenCaughtUp,
            WATCH_INTERVAL_MILLIS,
            WATCH_INTERVAL_MILLIS,
            TimeUnit.MILLISECONDS);
  }

  private synchronized void finishWhenCaughtUp() {
    StreamingEventProcessor events = processor.get();
    Collection<EventTrackerStatus> segments = events.processingStatus().values();
    boolean caughtUp =
        events.isRunning()
            && !segments.isEmpty()
            && segments.stream().allMatch(TrackingProjection::isRebuilt);
    if (caughtUp && watching != null) {
      watching.cancel(false);
      watching = null;
      try {
        listener.afterReplay();
        log.info("Projection {} is rebuilt", name);
      } catch (RuntimeException e) {
        log.error("Finishing the rebuild of projection {} failed", name, e);
      }
    }
  }

  private boolean isRebuilding(Collection<EventTrackerStatus> segments) {
    return watching != null || segments.stream().anyMatch(s -> !isRebuilt(s));
  }

  /**
   * A segment is rebuilt once it caught up and reached the position its reset started from. Axon
   * itself leaves replay mode only with the first event after that position, which on a quiet
   * system may take a long time to come.
   */
  private static boolean isRebuilt(EventTrackerStatus segment) {
    if (!segment.isReplaying()) {
      return true;
    }
    OptionalLong reset = segment.getResetPosition();
    OptionalLong current = segment.getCurrentPosition();
    return segment.isCaughtUp()
        && (reset.isEmpty() || (current.isPresent() && current.getAsLong() >= reset.getAsLong()));
  }

  private static String state(
      StreamingEventProcessor events, Collection<EventTrackerStatus> segments, boolean replaying) {
    if (!events.isRunning()) {
      return replaying ? "REPLAYING" : "STOPPED";
    }
    if (segments.stream().anyMatch(EventTrackerStatus::isErrorState)) {
      return "ERROR";
    }
    return replaying ? "REPLAYING" : "RUNNING";
  }

  /** How far the slowest segment got towards the position the reset started from. */
  private static double progress(Collection<EventTrackerStatus> segments, long position) {
    long target =
        segments.stream()
            .map(EventTrackerStatus::getResetPosition)
            .filter(OptionalLong::isPresent)
            .mapToLong(OptionalLong::getAsLong)
            .max()
            .orElse(0);
    if (target <= 0) {
      return segments.isEmpty() ? 0.0 : 1.0;
    }
    return Math.min(1.0, Math.max(0.0, (double) position / target));
  }
}
