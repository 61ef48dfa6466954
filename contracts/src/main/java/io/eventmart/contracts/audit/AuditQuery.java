package io.eventmart.contracts.audit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/**
 * Questions auditors ask, answered by the audit service (audit module). Histories and states are
 * read from the event store itself; correlations and exports from the audit log, a copy of every
 * event's envelope that the audit service keeps in the order of the global event stream.
 */
public sealed interface AuditQuery {

  int MAX_CORRELATION_ID_LENGTH = 255;
  int MAX_TYPE_LENGTH = 255;

  /**
   * The whole history of one aggregate's view, oldest first; answered with a list of {@link
   * AggregateEvent}, empty when the aggregate has no events of that view.
   */
  record FindAggregateHistory(
      @NotNull AuditedAggregateType aggregateType, @NotNull UUID aggregateId)
      implements AuditQuery {}

  /**
   * The state of one aggregate's view rebuilt from its events that happened at or before {@code
   * at}; answered with an optional {@link StateAsOf}, empty when the view had no event by then.
   */
  record FindAggregateStateAt(
      @NotNull AuditedAggregateType aggregateType, @NotNull UUID aggregateId, @NotNull Instant at)
      implements AuditQuery {}

  /**
   * The state of one aggregate's view rebuilt from its events up to sequence number {@code version}
   * (inclusive); answered with an optional {@link StateAsOf}, empty when the view had no event by
   * then.
   */
  record FindAggregateStateAtVersion(
      @NotNull AuditedAggregateType aggregateType,
      @NotNull UUID aggregateId,
      @PositiveOrZero long version)
      implements AuditQuery {}

  /**
   * Every event, across aggregates, whose {@code correlationId} is the given one: the whole story
   * of one request, in global order. Answered with a list of {@link LoggedEvent}, empty when no
   * event is known for it.
   */
  record FindCorrelatedEvents(@NotBlank @Size(max = MAX_CORRELATION_ID_LENGTH) String correlationId)
      implements AuditQuery {}

  /**
   * Streaming query: the audit log in global order, as far as it reached when the stream started,
   * restricted by every filter given ({@code null} = no filter): events that happened in [{@code
   * from}, {@code to}), named {@code type} (e.g. {@code OrderPlaced}), of {@code aggregateType}.
   * Streamed as {@link LoggedEvent}s with back-pressure, never collected as a whole.
   */
  record StreamAuditLog(
      Instant from,
      Instant to,
      @Size(max = MAX_TYPE_LENGTH) String type,
      AuditedAggregateType aggregateType)
      implements AuditQuery {}
}
