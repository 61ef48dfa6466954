package io.eventmart.audit.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.eventmart.audit.log.AuditLogNames;
import io.eventmart.contracts.projection.ProjectionStatus;
import io.eventmart.testsupport.ProjectionOperator;
import io.eventmart.testsupport.TestPostgres;
import org.axonframework.commandhandling.gateway.CommandGateway;
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
    ProjectionOperator operator =
        new ProjectionOperator(AuditLogNames.PROJECTION_NAME, commands, queryBus);
    new OrderStory().tellTo(given);
    new OrderStory().tellTo(given);
    log.awaitCaughtUp();
    await().atMost(AuditLogTable.PATIENCE).until(() -> operator.status().lagEvents() == 0);
    ProjectionStatus running = operator.status();
    assertThat(running.status()).isEqualTo("RUNNING");
    assertThat(running.position()).isPositive();
    String before = log.checksum();
    long rows = log.rows();
    log.insertStrayRow();

    operator.replay();

    await()
        .atMost(AuditLogTable.PATIENCE)
        .untilAsserted(
            () -> {
              assertThat(log.rows()).isEqualTo(rows);
              assertThat(log.checksum()).isEqualTo(before);
            });
  }
}
