package io.eventmart.search.index;

import io.eventmart.support.projection.TrackingProjection.RebuildListener;
import java.util.Collection;
import java.util.OptionalLong;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;

/**
 * Finishes a rebuild of the search projection as soon as its replay has caught up: the rebuilt
 * index takes over the search alias. Tried again until it succeeds, because until then searches
 * read an index that no longer receives events.
 *
 * <p>It watches the processor itself rather than only waiting for {@link #afterReplay()}: Axon
 * keeps a token in replay until it sees an event <em>after</em> the position the reset started
 * from, so on a quiet system a replay that has handled every event would otherwise not count as
 * finished until the next product event happens. Here the replay is finished once every segment has
 * caught up with the stream and reached the reset position.
 */
public final class RebuildCompletion implements RebuildListener {

  private static final long WATCH_INTERVAL_MILLIS = 250;

  private final ProductIndex index;
  private final Supplier<StreamingEventProcessor> processor;
  private final ScheduledExecutorService watcher;
  private final Retrying retrying;
  private ScheduledFuture<?> watching;

  /**
   * @param index the index whose rebuild to finish
   * @param processor the search projection's event processor, looked up when a rebuild starts
   * @param watcher where the processor is watched
   * @param retrying how a failed switch is tried again
   */
  public RebuildCompletion(
      ProductIndex index,
      Supplier<StreamingEventProcessor> processor,
      ScheduledExecutorService watcher,
      Retrying retrying) {
    this.index = index;
    this.processor = processor;
    this.watcher = watcher;
    this.retrying = retrying;
  }

  @Override
  public synchronized void beforeReplay() {
    stopWatching();
    watching =
        watcher.scheduleWithFixedDelay(
            this::finishWhenCaughtUp,
            WATCH_INTERVAL_MILLIS,
            WATCH_INTERVAL_MILLIS,
            TimeUnit.MILLISECONDS);
  }

  @Override
  public void afterReplay() {
    finish();
  }

  private void finishWhenCaughtUp() {
    if (hasCaughtUp(processor.get())) {
      finish();
    }
  }

  private void finish() {
    synchronized (this) {
      stopWatching();
    }
    // Does nothing if the rebuild was finished already (by the watch, or by the processor).
    retrying.run("Switching search alias " + index.searchAlias(), index::finishRebuild);
  }

  private void stopWatching() {
    if (watching != null) {
      watching.cancel(false);
      watching = null;
    }
  }

  /** Whether the replay has handled every event up to where it was started from, and more. */
  private static boolean hasCaughtUp(StreamingEventProcessor events) {
    Collection<EventTrackerStatus> segments = events.processingStatus().values();
    return events.isRunning()
        && !segments.isEmpty()
        && segments.stream().allMatch(RebuildCompletion::segmentHasCaughtUp);
  }

  private static boolean segmentHasCaughtUp(EventTrackerStatus segment) {
    if (!segment.isCaughtUp() || segment.isErrorState()) {
      return false;
    }
    if (!segment.isReplaying()) {
      return true;
    }
    OptionalLong position = segment.getCurrentPosition();
    OptionalLong resetPosition = segment.getResetPosition();
    return position.isPresent()
        && resetPosition.isPresent()
        && position.getAsLong() >= resetPosition.getAsLong();
  }
}
