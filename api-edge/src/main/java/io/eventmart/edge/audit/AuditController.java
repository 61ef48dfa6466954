package io.eventmart.edge.audit;

import io.eventmart.contracts.audit.AggregateEvent;
import io.eventmart.contracts.audit.AuditQuery.FindAggregateHistory;
import io.eventmart.contracts.audit.AuditQuery.FindAggregateStateAt;
import io.eventmart.contracts.audit.AuditQuery.FindAggregateStateAtVersion;
import io.eventmart.contracts.audit.AuditQuery.FindCorrelatedEvents;
import io.eventmart.contracts.audit.AuditQuery.StreamAuditLog;
import io.eventmart.contracts.audit.AuditedAggregateType;
import io.eventmart.contracts.audit.LoggedEvent;
import io.eventmart.contracts.audit.StateAsOf;
import io.eventmart.edge.audit.AuditResponses.AuditHistoryEvent;
import io.eventmart.edge.audit.AuditResponses.AuditLogEvent;
import io.eventmart.edge.audit.AuditResponses.AuditStateView;
import io.eventmart.edge.infrastructure.EdgeProperties;
import io.eventmart.edge.shop.ProblemResponse;
import io.eventmart.edge.web.ApiProblem;
import io.eventmart.edge.web.NotFound;
import io.eventmart.edge.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.extensions.reactor.queryhandling.gateway.ReactorQueryGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The auditors' view of EventMart: an aggregate's history and its state as of any moment or version
 * (from the event store), a request's whole story across aggregates and verifiable exports (from
 * the audit log). Auditors and admins only; security restricts the paths, so these handlers check
 * no ownership.
 */
@RestController
@Tag(
    name = "Audit",
    description =
        "Event histories, states as of any moment, correlations and verifiable exports (AUDITOR,"
            + " ADMIN)")
class AuditController {

  static final String NDJSON = "application/x-ndjson";

  /** The audited views as the paths name them (checked before any handler runs). */
  static final String AGGREGATE_TYPES = "order|cart|product|inventory|payment";

  static final String AGGREGATE_TYPES_MESSAGE =
      "must be one of order, cart, product, inventory, payment";

  /** What a correlation id looks like: the edge never stored any other. */
  static final String CORRELATION_ID = "[A-Za-z0-9._:-]{1,100}";

  /** An event's name, e.g. OrderPlaced. */
  static final String EVENT_TYPE = "[A-Za-z][A-Za-z0-9_]{0,199}";

  private final ReactorQueryGateway queries;
  private final NdjsonExport exports;
  private final EdgeProperties properties;

  AuditController(ReactorQueryGateway queries, NdjsonExport exports, EdgeProperties properties) {
    this.queries = queries;
    this.exports = exports;
    this.properties = properties;
  }

  @GetMapping("/api/audit/{aggregateType}/{aggregateId}/events")
  @Operation(
      summary = "An aggregate's full history",
      description =
          "AUDITOR, ADMIN. Every event of the aggregate, oldest first, read from the event store:"
              + " [{sequence, type, revision, timestamp, payload, metadata: {correlationId,"
              + " causationId, userId}}]. A product and its stock are one aggregate: `product`"
              + " shows its catalog events, `inventory` its stock events, with the aggregate's"
              + " own sequence numbers. 400 for an unknown aggregateType; 404 when the aggregate"
              + " has no events of that type; 401/403 without the role.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(
      responseCode = "200",
      description = "The history",
      content =
          @Content(
              array = @ArraySchema(schema = @Schema(implementation = AuditHistoryEvent.class))))
  @ProblemResponse(
      status = 400,
      description = "Unknown aggregate type",
      example = AuditExamples.UNKNOWN_TYPE)
  @ProblemResponse(
      status = 404,
      description = "No events of that aggregate and type",
      example = AuditExamples.NO_HISTORY)
  Mono<List<AuditHistoryEvent>> history(
      @PathVariable
          @Pattern(regexp = AGGREGATE_TYPES, message = AGGREGATE_TYPES_MESSAGE) @Parameter(
              schema =
                  @Schema(allowableValues = {"order", "cart", "product", "inventory", "payment"}))
          String aggregateType,
      @PathVariable UUID aggregateId) {
    AuditedAggregateType view = view(aggregateType);
    return queries
        .query(
            new FindAggregateHistory(view, aggregateId),
            ResponseTypes.multipleInstancesOf(AggregateEvent.class))
        .timeout(properties.requestTimeout())
        .filter(history -> !history.isEmpty())
        .switchIfEmpty(
            Mono.error(
                () ->
                    new NotFound(
                        "No " + aggregateType + " " + aggregateId + " in the event store")))
        .map(history -> history.stream().map(AuditHistoryEvent::of).toList());
  }

  @GetMapping("/api/audit/{aggregateType}/{aggregateId}/state")
  @Operation(
      summary = "An aggregate's state as of a moment or a version",
      description =
          "AUDITOR, ADMIN. The state rebuilt from the aggregate's events up to `at` (an ISO-8601"
              + " time; events at or before it) or up to `version` (a sequence number,"
              + " inclusive) — exactly one of the two. Answers {aggregateType, aggregateId,"
              + " version, at, state}: version and at are those of the last event the state"
              + " reflects; state has one shape per aggregateType (OrderState, CartState,"
              + " ProductState, InventoryState, PaymentState). 400 for an unknown aggregateType"
              + " or for neither or both of at and version; 404 when the aggregate had no events"
              + " of that type by then; 401/403 without the role.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(
      responseCode = "200",
      description = "The state",
      content = @Content(schema = @Schema(implementation = AuditStateView.class)))
  @ApiResponse(
      responseCode = "400",
      description = "Neither or both of at and version, or an unknown aggregate type",
      content =
          @Content(
              mediaType = AuditExamples.PROBLEM_JSON,
              examples = {
                @ExampleObject(name = "neither or both", value = AuditExamples.NEITHER_OR_BOTH),
                @ExampleObject(name = "unknown type", value = AuditExamples.UNKNOWN_TYPE)
              }))
  @ProblemResponse(
      status = 404,
      description = "No events of that aggregate and type by then",
      example = AuditExamples.NO_STATE)
  Mono<AuditStateView> state(
      @PathVariable
          @Pattern(regexp = AGGREGATE_TYPES, message = AGGREGATE_TYPES_MESSAGE) @Parameter(
              schema =
                  @Schema(allowableValues = {"order", "cart", "product", "inventory", "payment"}))
          String aggregateType,
      @PathVariable UUID aggregateId,
      @RequestParam(required = false)
          @Parameter(
              description = "Events at or before this time",
              example = "2026-03-02T09:00:00Z")
          Instant at,
      @RequestParam(required = false)
          @PositiveOrZero @Parameter(description = "Events up to this sequence number")
          Long version) {
    AuditedAggregateType view = view(aggregateType);
    if ((at == null) == (version == null)) {
      return Mono.error(neitherOrBoth());
    }
    Object query =
        at != null
            ? new FindAggregateStateAt(view, aggregateId, at)
            : new FindAggregateStateAtVersion(view, aggregateId, version);
    return queries
        .query(query, ResponseTypes.optionalInstanceOf(StateAsOf.class))
        .timeout(properties.requestTimeout())
        .flatMap(Mono::justOrEmpty)
        .switchIfEmpty(
            Mono.error(
                () ->
                    new NotFound(
                        capitalized(aggregateType)
                            + " "
                            + aggregateId
                            + " had no events by "
                            + (at != null ? at.toString() : "version " + version))))
        .map(AuditStateView::of);
  }

  @GetMapping("/api/audit/correlations/{correlationId}")
  @Operation(
      summary = "Every event one request caused",
      description =
          "AUDITOR, ADMIN. The whole story of one request (its X-Correlation-Id) across"
              + " aggregates, in global order — for an order: OrderPlaced, StockReserved,"
              + " PaymentRequested, … OrderConfirmed. Each event: {position, eventId,"
              + " aggregateType, aggregateId, sequence, type, revision, timestamp, payload,"
              + " metadata}. Read from the audit log, which follows the event store within"
              + " moments. 400 for a malformed id; 404 when no event of it is known;"
              + " 401/403 without the role.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(
      responseCode = "200",
      description = "The story",
      content =
          @Content(array = @ArraySchema(schema = @Schema(implementation = AuditLogEvent.class))))
  @ProblemResponse(
      status = 404,
      description = "No event of that correlation",
      example = AuditExamples.NO_CORRELATION)
  Mono<List<AuditLogEvent>> correlation(
      @PathVariable @Pattern(regexp = CORRELATION_ID) String correlationId) {
    return queries
        .query(
            new FindCorrelatedEvents(correlationId),
            ResponseTypes.multipleInstancesOf(LoggedEvent.class))
        .timeout(properties.requestTimeout())
        .filter(story -> !story.isEmpty())
        .switchIfEmpty(Mono.error(() -> new NotFound("No event of correlation " + correlationId)))
        .map(story -> story.stream().map(AuditLogEvent::of).toList());
  }

  @GetMapping(value = "/api/audit/events", produces = NDJSON)
  @Operation(
      summary = "Export the audit log",
      description =
          "AUDITOR, ADMIN. Streams the audit log as NDJSON (application/x-ndjson) in global order,"
              + " as far as it reached when the export started: one event per line, of the shape"
              + " of a correlation's events, keeping to every filter given — events that"
              + " happened at or after `from` and before `to`, named `type` (e.g. OrderPlaced),"
              + " of `aggregateType`. The last line is {\"digest\":\"sha256:<hex>\",\"count\":N}:"
              + " the SHA-256 (lowercase hex) of the UTF-8 bytes of every line before it, each"
              + " including its line feed, and the number of those lines. An export that broke"
              + " off has no such line. `eventmart-audit verify` checks a file. 400 for invalid"
              + " filters or from not before to; 401/403 without the role.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(
      responseCode = "200",
      description = "The export, streamed",
      content =
          @Content(
              mediaType = NDJSON,
              schema = @Schema(implementation = AuditLogEvent.class),
              examples = @ExampleObject(value = AuditExamples.EXPORT)))
  @ProblemResponse(
      status = 400,
      description = "Invalid filters",
      example = AuditExamples.INVALID_WINDOW)
  Mono<ResponseEntity<Flux<DataBuffer>>> export(
      @RequestParam(required = false)
          @Parameter(description = "Events at or after this time", example = "2026-03-01T00:00:00Z")
          Instant from,
      @RequestParam(required = false)
          @Parameter(description = "Events before this time", example = "2026-04-01T00:00:00Z")
          Instant to,
      @RequestParam(required = false)
          @Pattern(regexp = EVENT_TYPE) @Parameter(description = "An event name", example = "OrderPlaced")
          String type,
      @RequestParam(required = false)
          @Pattern(regexp = AGGREGATE_TYPES, message = AGGREGATE_TYPES_MESSAGE) @Parameter(
              schema =
                  @Schema(allowableValues = {"order", "cart", "product", "inventory", "payment"}))
          String aggregateType,
      ServerWebExchange exchange) {
    if (from != null && to != null && !from.isBefore(to)) {
      return Mono.error(
          new ApiProblem(
              Problems.invalid(
                  "'from' must be before 'to'",
                  List.of(new Problems.FieldError("from", "must be before 'to'")))));
    }
    StreamAuditLog query =
        new StreamAuditLog(
            from,
            to,
            type,
            Optional.ofNullable(aggregateType).map(AuditController::view).orElse(null));
    Flux<LoggedEvent> events = queries.streamingQuery(query, LoggedEvent.class);
    return Mono.just(
        ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(NDJSON))
            .body(exports.render(events, exchange.getResponse().bufferFactory())));
  }

  private static AuditedAggregateType view(String aggregateType) {
    return AuditedAggregateType.fromApiName(aggregateType)
        .orElseThrow(
            () ->
                new ApiProblem(
                    Problems.invalid(
                        "Invalid request: aggregateType " + AGGREGATE_TYPES_MESSAGE,
                        List.of(
                            new Problems.FieldError("aggregateType", AGGREGATE_TYPES_MESSAGE)))));
  }

  private static ApiProblem neitherOrBoth() {
    String message = "give either 'at' or 'version'";
    return new ApiProblem(
        Problems.invalid(
            "Give either 'at' or 'version', not both",
            List.of(
                new Problems.FieldError("at", message),
                new Problems.FieldError("version", message))));
  }

  private static String capitalized(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
