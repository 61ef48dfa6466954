package io.eventmart.edge.admin;

import io.eventmart.contracts.projection.ProjectionOperations;
import io.eventmart.contracts.projection.ProjectionOperations.GetProjectionStatus;
import io.eventmart.contracts.projection.ProjectionOperations.ProjectionStatusReport;
import io.eventmart.contracts.projection.ProjectionOperations.ReplayProjection;
import io.eventmart.contracts.projection.ProjectionStatus;
import io.eventmart.edge.shop.PlatformGateway;
import io.eventmart.edge.shop.ProblemExamples;
import io.eventmart.edge.shop.ProblemResponse;
import io.eventmart.edge.shop.Responses;
import io.eventmart.edge.web.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Comparator;
import java.util.List;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.GenericMessage;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The read models as operators see them: how far each is, and a rebuild from the event store while
 * the API keeps serving. Every service answers for its own projections, so the status question is
 * scattered to all of them and the answers merged.
 */
@RestController
@Tag(name = "Projections", description = "Status and rebuild of the read models (admins)")
class ProjectionAdminController {

  /** A rebuild request (202): which read model is being rebuilt, and where to watch it. */
  public record ReplayAccepted(String name) {}

  private final PlatformGateway platform;

  ProjectionAdminController(PlatformGateway platform) {
    this.platform = platform;
  }

  @GetMapping("/api/admin/projections")
  @Operation(
      summary = "Status of every read model",
      description =
          "ADMIN. [{name, status, position, lagEvents, replaying, replayProgress}] by name; status"
              + " is RUNNING, REPLAYING, ERROR or STOPPED, replayProgress from 0 to 1 while"
              + " replaying. Services that do not answer in time are left out.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "200", description = "The projections")
  Mono<List<ProjectionStatus>> projections() {
    return statuses();
  }

  @PostMapping("/api/admin/projections/{name}/replay")
  @Operation(
      summary = "Rebuild a read model",
      description =
          "ADMIN. Rebuilds the named read model from its source while the API keeps serving; the"
              + " status shows its progress. 202; 404 for an unknown name.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "202", description = "The rebuild started")
  @ProblemResponse(
      status = 404,
      description = "No read model of that name",
      example = ProblemExamples.NOT_FOUND)
  Mono<ResponseEntity<ReplayAccepted>> replay(@PathVariable String name) {
    return statuses()
        .filter(known -> known.stream().anyMatch(projection -> projection.name().equals(name)))
        .switchIfEmpty(Mono.error(() -> new NotFound("No projection named " + name)))
        .flatMap(
            known ->
                platform.send(
                    new GenericCommandMessage<>(
                        new GenericMessage<>(new ReplayProjection(name)),
                        ProjectionOperations.replayCommandName(name))))
        .then(
            Mono.fromSupplier(
                () -> Responses.accepted("/api/admin/projections", new ReplayAccepted(name))));
  }

  /** Every service's projections, merged and sorted by name. */
  private Mono<List<ProjectionStatus>> statuses() {
    return platform
        .scatterGather(
            ProjectionOperations.STATUS_QUERY,
            new GetProjectionStatus(),
            ProjectionStatusReport.class)
        .flatMapIterable(ProjectionStatusReport::projections)
        .sort(Comparator.comparing(ProjectionStatus::name))
        .collectList();
  }
}
