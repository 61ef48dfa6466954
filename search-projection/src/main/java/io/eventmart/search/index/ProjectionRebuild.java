package io.eventmart.search.index;

import io.eventmart.support.projection.TrackingProjection.RebuildListener;
import java.util.function.Supplier;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;

/**
 * Starts a rebuild of the search projection when the application finds one due at startup.
 *
 * <p>Before the processor has started, its tokens are simply reset, so it starts by replaying
 * (nothing to stop, nothing to race with). Once it runs, the rebuild goes through the projection as
 * any other rebuild — but only after the processor has settled on its segments: stopping a tracking
 * processor while it is still claiming them leaves it unable to claim them again.
 */
public final class ProjectionRebuild implements SearchIndexStartup.Rebuild {

  private final Supplier<StreamingEventProcessor> processor;
  private final RebuildListener completion;
  private final Runnable replay;

  /**
   * @param processor the search projection's event processor
   * @param completion what finishes the rebuild once the replay has caught up
   * @param replay rebuilds the projection while its processor runs
   */
  public ProjectionRebuild(
      Supplier<StreamingEventProcessor> processor, RebuildListener completion, Runnable replay) {
    this.processor = processor;
    this.completion = completion;
    this.replay = replay;
  }

  @Override
  public void beforeProcessing() {
    completion.beforeReplay();
    processor.get().resetTokens();
  }

  @Override
  public void whileProcessing() {
    var segments = processor.get().processingStatus().values();
    if (segments.isEmpty() || !segments.stream().allMatch(EventTrackerStatus::isCaughtUp)) {
      throw new IllegalStateException("the search processor has not settled on its segments yet");
    }
    replay.run();
  }
}
