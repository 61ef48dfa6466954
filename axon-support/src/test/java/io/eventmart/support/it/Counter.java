package io.eventmart.support.it;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.eventmart.contracts.error.DomainException;
import io.eventmart.contracts.error.ErrorKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.springframework.jdbc.core.JdbcTemplate;

/** A minimal event-sourced aggregate that exercises the shared infrastructure. */
public class Counter {

  public record CreateCounter(
      @TargetAggregateIdentifier @NotNull UUID counterId, @Positive int limit) {}

  public record Increment(@TargetAggregateIdentifier @NotNull UUID counterId) {}

  /** Writes a row and an event, then refuses: both must roll back with the unit of work. */
  public record WriteThenRefuse(@TargetAggregateIdentifier @NotNull UUID counterId) {}

  @Revision("1")
  public record CounterCreated(UUID counterId, int limit) {}

  @Revision("1")
  public record Incremented(UUID counterId, int value) {}

  static final class LimitReached extends DomainException {
    LimitReached(int limit) {
      super(
          "counter.limit-reached",
          ErrorKind.REJECTED,
          "The counter is at its limit of " + limit,
          Map.of("limit", String.valueOf(limit)));
    }
  }

  @AggregateIdentifier private UUID counterId;
  private int limit;
  private int value;

  Counter() {}

  @CommandHandler
  Counter(CreateCounter command) {
    apply(new CounterCreated(command.counterId(), command.limit()));
  }

  @CommandHandler
  void handle(Increment command) {
    if (value >= limit) {
      throw new LimitReached(limit);
    }
    apply(new Incremented(counterId, value + 1));
  }

  @CommandHandler
  void handle(WriteThenRefuse command, JdbcTemplate jdbc) {
    jdbc.update("INSERT INTO public.side_effect (counter_id) VALUES (?)", counterId);
    apply(new Incremented(counterId, value + 1));
    throw new LimitReached(limit);
  }

  @EventSourcingHandler
  void on(CounterCreated event) {
    counterId = event.counterId();
    limit = event.limit();
  }

  @EventSourcingHandler
  void on(Incremented event) {
    value = event.value();
  }
}
