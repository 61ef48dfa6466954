package io.eventmart.support.it;

import java.time.Duration;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;

/** Increments a new counter once, two seconds after it was created, through a stored deadline. */
public class ReminderSaga {

  static final Duration DELAY = Duration.ofSeconds(2);

  @StartSaga
  @SagaEventHandler(associationProperty = "counterId")
  void on(Counter.CounterCreated event, DeadlineManager deadlines) {
    // A deadline handler's first parameter is the deadline's payload, so the deadline carries one.
    deadlines.schedule(DELAY, "remind", event.counterId());
  }

  @EndSaga
  @DeadlineHandler(deadlineName = "remind")
  void remind(UUID counterId, CommandGateway commands) {
    commands.send(new Counter.Increment(counterId));
  }
}
