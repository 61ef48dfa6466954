package io.eventmart.edge.audit.it;

import io.eventmart.contracts.audit.AggregateEvent;
import io.eventmart.contracts.audit.AuditMetadata;
import io.eventmart.contracts.audit.AuditQuery.FindAggregateHistory;
import io.eventmart.contracts.audit.AuditQuery.FindAggregateStateAt;
import io.eventmart.contracts.audit.AuditQuery.FindAggregateStateAtVersion;
import io.eventmart.contracts.audit.AuditQuery.FindCorrelatedEvents;
import io.eventmart.contracts.audit.AuditQuery.StreamAuditLog;
import io.eventmart.contracts.audit.AuditedAggregateType;
import io.eventmart.contracts.audit.LoggedEvent;
import io.eventmart.contracts.audit.PaymentState;
import io.eventmart.contracts.audit.StateAsOf;
import io.eventmart.contracts.payment.PaymentStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.queryhandling.QueryHandler;
import reactor.core.publisher.Flux;

/**
 * Answers the audit queries the way the audit service would, for one known payment whose history is
 * two events, one known correlation, and an export of those two events. Remembers the last export
 * asked for, so tests can see the filters the edge passed on.
 */
class StandInAuditService {

  static final UUID PAYMENT = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
  static final UUID ORDER = UUID.fromString("00000000-0000-0000-0000-00000000000a");
  static final String CORRELATION = "checkout-42";
  static final Instant REQUESTED_AT = Instant.parse("2026-03-02T09:00:01.120Z");
  static final Instant CAPTURED_AT = Instant.parse("2026-03-02T09:00:02.250Z");

  static final List<LoggedEvent> LOG =
      List.of(
          new LoggedEvent(
              41,
              "event-41",
              AuditedAggregateType.PAYMENT,
              PAYMENT.toString(),
              0L,
              "PaymentRequested",
              "1",
              REQUESTED_AT,
              "{\"paymentId\": \"" + PAYMENT + "\", \"amount\": {\"amount\": 80.00}}",
              new AuditMetadata(CORRELATION, "cause-41", "user-1")),
          new LoggedEvent(
              42,
              "event-42",
              AuditedAggregateType.PAYMENT,
              PAYMENT.toString(),
              1L,
              "PaymentCaptured",
              "1",
              CAPTURED_AT,
              "{\"paymentId\": \"" + PAYMENT + "\"}",
              new AuditMetadata(CORRELATION, "cause-42", "user-1")));

  final AtomicReference<StreamAuditLog> lastExport = new AtomicReference<>();

  @QueryHandler
  List<AggregateEvent> handle(FindAggregateHistory query) {
    if (query.aggregateType() != AuditedAggregateType.PAYMENT
        || !PAYMENT.equals(query.aggregateId())) {
      return List.of();
    }
    return LOG.stream()
        .map(
            event ->
                new AggregateEvent(
                    event.sequence(),
                    event.type(),
                    event.revision(),
                    event.timestamp(),
                    event.payload(),
                    event.metadata()))
        .toList();
  }

  @QueryHandler
  Optional<StateAsOf> handle(FindAggregateStateAt query) {
    if (!PAYMENT.equals(query.aggregateId()) || query.at().isBefore(REQUESTED_AT)) {
      return Optional.empty();
    }
    return Optional.of(query.at().isBefore(CAPTURED_AT) ? requested() : captured());
  }

  @QueryHandler
  Optional<StateAsOf> handle(FindAggregateStateAtVersion query) {
    if (!PAYMENT.equals(query.aggregateId())) {
      return Optional.empty();
    }
    return Optional.of(query.version() == 0 ? requested() : captured());
  }

  @QueryHandler
  List<LoggedEvent> handle(FindCorrelatedEvents query) {
    return CORRELATION.equals(query.correlationId()) ? LOG : List.of();
  }

  @QueryHandler
  Flux<LoggedEvent> handle(StreamAuditLog query) {
    lastExport.set(query);
    return Flux.fromIterable(LOG);
  }

  private static StateAsOf requested() {
    return state(0, REQUESTED_AT, PaymentStatus.PENDING, null);
  }

  private static StateAsOf captured() {
    return state(1, CAPTURED_AT, PaymentStatus.CAPTURED, new BigDecimal("80.00"));
  }

  private static StateAsOf state(
      long version, Instant at, PaymentStatus status, BigDecimal captured) {
    return new StateAsOf(
        AuditedAggregateType.PAYMENT,
        PAYMENT,
        version,
        at,
        new PaymentState(
            PAYMENT,
            ORDER,
            UUID.fromString("00000000-0000-0000-0000-00000000000c"),
            new BigDecimal("80.00"),
            "EUR",
            "card",
            status,
            captured == null ? null : "capture-1",
            null,
            captured,
            new BigDecimal("0.00"),
            List.of()));
  }
}
