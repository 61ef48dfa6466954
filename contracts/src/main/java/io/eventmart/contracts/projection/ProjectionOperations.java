package io.eventmart.contracts.projection;

/**
 * How the edge operates read models without knowing where they run. Each service answers for its
 * own projections: the status query is scattered to every service (each answers with a {@link
 * ProjectionStatusReport}); a rebuild is a command whose name carries the projection's name, so
 * Axon routes it to the one service that owns that projection.
 */
public final class ProjectionOperations {

  /** Query name of the status question (payload {@link GetProjectionStatus}). */
  public static final String STATUS_QUERY = "eventmart.projections.status";

  private static final String REPLAY_COMMAND_PREFIX = "eventmart.projections.replay.";

  private ProjectionOperations() {}

  /** The command name that rebuilds projection {@code name} (payload {@link ReplayProjection}). */
  public static String replayCommandName(String name) {
    return REPLAY_COMMAND_PREFIX + name;
  }

  /** The status question; every service with projections answers it. */
  public record GetProjectionStatus() {}

  /** One service's answer: the statuses of its projections. */
  public record ProjectionStatusReport(java.util.List<ProjectionStatus> projections) {}

  /** Rebuild a read model from its source while everything keeps running. */
  public record ReplayProjection(String name) {}
}
