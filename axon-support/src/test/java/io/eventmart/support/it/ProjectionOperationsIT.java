package io.eventmart.support.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.eventmart.contracts.projection.ProjectionOperations;
import io.eventmart.contracts.projection.ProjectionOperations.GetProjectionStatus;
import io.eventmart.contracts.projection.ProjectionOperations.ProjectionStatusReport;
import io.eventmart.contracts.projection.ProjectionOperations.ReplayProjection;
import io.eventmart.contracts.projection.ProjectionStatus;
import io.eventmart.testsupport.TestPostgres;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericQueryMessage;
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
    for (int i = 0; i < 3; i++) {
      commands.sendAndWait(new Counter.CreateCounter(UUID.randomUUID(), 5));
    }
    await().atMost(WAIT).until(() -> tally.counters.get() >= 3);
    // Let the reminder deadlines fire first, so nothing new arrives while the rebuild runs: the
    // rebuild must be seen as finished on a quiet system too.
    await().atMost(WAIT).until(() -> tally().lagEvents() == 0 && pendingDeadlines() == 0);
    await().atMost(WAIT).until(() -> tally().lagEvents() == 0 && tally().position() > 0);
    ProjectionStatus before = tally();
    assertThat(before.status()).isEqualTo("RUNNING");
    assertThat(before.replaying()).isFalse();
    assertThat(before.replayProgress()).isNull();
    int counted = tally.counters.get();

    commands.sendAndWait(
        new GenericCommandMessage<>(
            new GenericMessage<>(new ReplayProjection("counter-tally")),
            ProjectionOperations.replayCommandName("counter-tally")));

    await().atMost(Duration.ofSeconds(10)).until(() -> tally.rebuildsFinished.get() == 1);
    assertThat(tally.resets.get()).isEqualTo(1);
    assertThat(tally.counters.get()).isEqualTo(counted);
    await().atMost(WAIT).until(() -> !tally().replaying() && tally().lagEvents() == 0);
  }

  private int pendingDeadlines() {
    return jdbc.queryForObject(
        "SELECT count(*) FROM axon.scheduled_tasks WHERE task_name = 'AxonDeadline'",
        Integer.class);
  }

  private ProjectionStatus tally() {
    List<ProjectionStatusReport> reports =
        queryBus
            .scatterGather(
                new GenericQueryMessage<>(
                    new GetProjectionStatus(),
                    ProjectionOperations.STATUS_QUERY,
                    ResponseTypes.instanceOf(ProjectionStatusReport.class)),
                5,
                TimeUnit.SECONDS)
            .map(response -> response.getPayload())
            .toList();
    return reports.stream()
        .flatMap(report -> report.projections().stream())
        .filter(status -> status.name().equals("counter-tally"))
        .findFirst()
        .orElseThrow();
  }
}
