package io.eventmart.support.projection;

import io.eventmart.contracts.projection.ProjectionStatus;

/**
 * A read model that can be watched and rebuilt while everything keeps running. Every service
 * declares its projections as beans; {@link ProjectionOperationsHandler} answers for them.
 */
public interface Projection {

  /** The name clients use, e.g. {@code catalog}. */
  String name();

  /** Where the projection is, how far behind, and whether it is being rebuilt. */
  ProjectionStatus status();

  /** Starts rebuilding the read model from its source; returns as soon as the rebuild began. */
  void replay();
}
