package io.eventmart.support.projection;

import io.eventmart.contracts.projection.ProjectionOperations;
import io.eventmart.contracts.projection.ProjectionOperations.GetProjectionStatus;
import io.eventmart.contracts.projection.ProjectionOperations.ProjectionStatusReport;
import java.util.List;
import java.util.function.Supplier;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.Registration;
import org.axonframework.queryhandling.QueryHandler;

/**
 * Answers for this service's projections: the scattered status query, and one rebuild command per
 * projection, named after it ({@link ProjectionOperations#replayCommandName(String)}), so that
 * behind Axon Server a rebuild reaches the one service that owns the projection.
 */
public final class ProjectionOperationsHandler {

  private final Supplier<List<Projection>> projections;

  /**
   * @param projections this service's projections, looked up when first needed: they depend on
   *     Axon's configuration, which is only complete once this handler is registered in it
   */
  public ProjectionOperationsHandler(Supplier<List<Projection>> projections) {
    this.projections = projections;
  }

  @QueryHandler(queryName = ProjectionOperations.STATUS_QUERY)
  public ProjectionStatusReport status(GetProjectionStatus query) {
    return new ProjectionStatusReport(projections.get().stream().map(Projection::status).toList());
  }

  /** Subscribes a rebuild command for each projection; answers the registrations to cancel. */
  public List<Registration> subscribeReplayCommands(CommandBus commandBus) {
    return projections.get().stream()
        .map(
            projection ->
                commandBus.subscribe(
                    ProjectionOperations.replayCommandName(projection.name()),
                    command -> {
                      projection.replay();
                      return null;
                    }))
        .toList();
  }
}
