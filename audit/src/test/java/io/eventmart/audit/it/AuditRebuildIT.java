package io.eventmart.audit.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.eventmart.audit.log.AuditLogNames;
import io.eventmart.contracts.projection.ProjectionOperations;
import io.eventmart.contracts.projection.ProjectionOperations.GetProjectionStatus;
import io.eventmart.contracts.projection.ProjectionOperations.ProjectionStatusReport;
import io.eventmart.contracts.projection.ProjectionOperations.ReplayProjection;
import io.eventmart.contracts.projection.ProjectionStatus;
import io.eventmart.testsupport.TestPostgres;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.QueryBus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The audit log is rebuilt from the event store, as operators do it, to exactly what it was. */
@AuditTest
class AuditRebuildIT {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.freshDatabase("audit_rebuild").registerAsDataSource(registry);
  }

  @Autowired EventFeed given;
  @Autowired AuditLogTable log;
  @Autowired CommandGateway commands;
  @Autowired QueryBus queryBus;

  @Test
  void rebuildsExactlyTheContentItHadFromTheEventStore() {
    new OrderStory().tellTo(given);
    new OrderStory().tellTo(given);
    log.awaitCaughtUp();
    await().atMost(AuditLogTable.PATIENCE).until(() -> auditStatus().lagEvents() == 0);
    ProjectionStatus running = auditStatus();
    assertThat(running.status()).isEqualTo("RUNNING");
    assertThat(running.position()).isPositive();
    String before = log.checksum();
    long rows = log.rows();
    log.insertStrayRow();

    commands.sendAndWait(
        new GenericCommandMessage<>(
            new GenericMessage<>(new ReplayProjection(AuditLogNames.PROJECTION_NAME)),
            ProjectionOperations.replayCommandName(AuditLogNames.PROJECTION_NAME)));

    await()
        .atMost(AuditLogTable.PATIENCE)
        .untilAsserted(
            () -> {
              assertThat(log.rows()).isEqualTo(rows);
              assertThat(log.checksum()).isEqualTo(before);
            });
  }

  private ProjectionStatus auditStatus() {
    return queryBus
        .scatterGather(
            new GenericQueryMessage<>(
                new GetProjectionStatus(),
                ProjectionOperations.STATUS_QUERY,
                ResponseTypes.instanceOf(ProjectionStatusReport.class)),
            5,
            TimeUnit.SECONDS)
        .flatMap(response -> response.getPayload().projections().stream())
        .filter(status -> status.name().equals(AuditLogNames.PROJECTION_NAME))
        .findFirst()
        .orElseThrow();
  }
}
