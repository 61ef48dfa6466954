package io.eventmart.audit.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.contracts.audit.AuditQuery.FindCorrelatedEvents;
import io.eventmart.contracts.audit.LoggedEvent;
import io.eventmart.support.projection.Projection;
import io.eventmart.testsupport.TestPostgres;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The stand-alone service starts from its main class with its own {@code audit-service.yml}. Axon
 * Server is not available here, so the test switches it off (and picks a free port); every other
 * setting is the service's own.
 */
class AuditServiceApplicationIT {

  @Test
  void startsWithItsOwnSettingsAndAnswersAuditQueries() {
    TestPostgres.Database database = TestPostgres.freshDatabase("audit_service");

    try (var service =
        AuditServiceApplication.start(
            "--axon.axonserver.enabled=false",
            "--server.port=0",
            "--spring.datasource.url=" + database.url(),
            "--spring.datasource.username=" + database.user(),
            "--spring.datasource.password=" + database.password())) {
      assertThat(service.getEnvironment().getProperty("spring.application.name"))
          .isEqualTo("audit-service");
      assertThat(service.getBean(AuditProperties.class).exportPageSize()).isEqualTo(500);
      assertThat(service.getBean(Projection.class).name()).isEqualTo("audit");
      assertThat(
              service
                  .getBean(QueryGateway.class)
                  .query(
                      new FindCorrelatedEvents("nothing-yet"),
                      ResponseTypes.multipleInstancesOf(LoggedEvent.class))
                  .join())
          .isEmpty();
      assertThat(
              service
                  .getBean(JdbcTemplate.class)
                  .queryForList(
                      "SELECT table_name FROM information_schema.tables"
                          + " WHERE table_schema = 'audit'",
                      String.class))
          .contains("event_log");
    }
  }
}
