package io.eventmart.support.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.eventmart.contracts.projection.ProjectionStatus;
import io.eventmart.testsupport.ProjectionOperator;
import io.eventmart.testsupport.TestPostgres;
import java.time.Duration;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryBus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A projection is watched and rebuilt through Axon's buses, as the edge will do it. */
@SpringBootTest(
    classes = SupportTestApplication.class,
    properties = {"axon.axonserver.enabled=false", "eventmart.deadlines.polling-interval=200ms"})
class ProjectionOperationsIT {

  private static final Duration WAIT = Duration.ofSeconds(20);

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.freshDatabase("projection_operations").registerAsDataSource(registry);
  }

  @Autowired CommandGateway commands;
  @Autowired QueryBus queryBus;
  @Autowired CounterTally tally;
  @Autowired JdbcTemplate jdbc;

  @Test
  void reportsPositionAndLagAndRebuildsOnCommand() {
    ProjectionOperator operator = new ProjectionOperator("counter-tally", commands, queryBus);
    for (int i = 0; i < 3; i++) {
      commands.sendAndWait(new Counter.CreateCounter(UUID.randomUUID(), 5));
    }
    await().atMost(WAIT).until(() -> tally.counters.get() >= 3);
    // Let the reminder deadlines fire first, so nothing new arrives while the rebuild runs: the
    // rebuild must be seen as finished on a quiet system too.
    await().atMost(WAIT).until(() -> operator.status().lagEvents() == 0 && pendingDeadlines() == 0);
    await()
        .atMost(WAIT)
        .until(() -> operator.status().lagEvents() == 0 && operator.status().position() > 0);
    ProjectionStatus before = operator.status();
    assertThat(before.status()).isEqualTo("RUNNING");
    assertThat(before.replaying()).isFalse();
    assertThat(before.replayProgress()).isNull();
    int counted = tally.counters.get();

    operator.replay();

    await().atMost(Duration.ofSeconds(10)).until(() -> tally.rebuildsFinished.get() == 1);
    assertThat(tally.resets.get()).isEqualTo(1);
    assertThat(tally.counters.get()).isEqualTo(counted);
    await()
        .atMost(WAIT)
        .until(() -> !operator.status().replaying() && operator.status().lagEvents() == 0);
  }

  private int pendingDeadlines() {
    return jdbc.queryForObject(
        "SELECT count(*) FROM axon.scheduled_tasks WHERE task_name = 'AxonDeadline'",
        Integer.class);
  }
}
