package io.eventmart.search.it;

import static org.awaitility.Awaitility.await;

import io.eventmart.contracts.projection.ProjectionStatus;
import io.eventmart.support.projection.Projection;
import java.time.Duration;

/** Waiting for the search projection. */
public final class Projections {

  public static final Duration PATIENCE = Duration.ofSeconds(60);

  private Projections() {}

  /**
   * Waits until the projection has handled every event in the store (and so written every document:
   * a batch's bulk request precedes its token), then makes the documents searchable.
   */
  public static void awaitCaughtUp(Projection projection, SearchIndexes indexes, String alias) {
    await()
        .atMost(PATIENCE)
        .until(
            () -> {
              ProjectionStatus status = projection.status();
              return status.status().equals("RUNNING")
                  && !status.replaying()
                  && status.position() > 0
                  && status.lagEvents() == 0;
            });
    indexes.refresh(alias);
  }
}
