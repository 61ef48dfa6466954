package io.eventmart.testsupport;

import io.eventmart.contracts.projection.ProjectionOperations;
import io.eventmart.contracts.projection.ProjectionOperations.GetProjectionStatus;
import io.eventmart.contracts.projection.ProjectionOperations.ProjectionStatusReport;
import io.eventmart.contracts.projection.ProjectionOperations.ReplayProjection;
import io.eventmart.contracts.projection.ProjectionStatus;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.QueryBus;

/**
 * Operates one read model the way the operators (and the edge's admin endpoints) do: only through
 * the messages of {@link ProjectionOperations} — the status question scattered to every service and
 * the rebuild command named after the projection — so a test checks what they would see.
 */
public final class ProjectionOperator {

  /** How long the status question waits for the services' answers. */
  private static final long ANSWER_SECONDS = 10;

  private final String projection;
  private final CommandGateway commands;
  private final QueryBus queries;

  /** Operates projection {@code projection}. */
  public ProjectionOperator(String projection, CommandGateway commands, QueryBus queries) {
    this.projection = projection;
    this.commands = commands;
    this.queries = queries;
  }

  /** The projection's status as its service reports it. */
  public ProjectionStatus status() {
    return queries
        .scatterGather(
            new GenericQueryMessage<>(
                new GetProjectionStatus(),
                ProjectionOperations.STATUS_QUERY,
                ResponseTypes.instanceOf(ProjectionStatusReport.class)),
            ANSWER_SECONDS,
            TimeUnit.SECONDS)
        .flatMap(response -> response.getPayload().projections().stream())
        .filter(status -> status.name().equals(projection))
        .findFirst()
        .orElseThrow();
  }

  /** Orders the projection's rebuild and returns once its service has started it. */
  public void replay() {
    commands.sendAndWait(
        new GenericCommandMessage<>(
            new GenericMessage<>(new ReplayProjection(projection)),
            ProjectionOperations.replayCommandName(projection)));
  }
}
