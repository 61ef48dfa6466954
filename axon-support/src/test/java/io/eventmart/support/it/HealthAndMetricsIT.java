package io.eventmart.support.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.eventmart.support.projection.ProjectionMetrics;
import io.eventmart.testsupport.EventStoreTable;
import io.eventmart.testsupport.TestPostgres;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The event store's health and the projection gauges of a service, on a real event store. */
@SpringBootTest(
    classes = SupportTestApplication.class,
    properties = {
      "axon.axonserver.enabled=false",
      "eventmart.operations.projection-metrics.interval=200ms"
    })
class HealthAndMetricsIT {

  private static final Duration WAIT = Duration.ofSeconds(20);

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.freshDatabase("health_and_metrics").registerAsDataSource(registry);
  }

  @Autowired CommandGateway commands;
  @Autowired JdbcTemplate jdbc;
  @Autowired ProjectionMetrics projectionMetrics;

  @Autowired
  @Qualifier("eventStoreHealthIndicator") HealthIndicator eventStoreHealth;

  @Test
  void reportsTheEventStoreUpWithTheHeadOfTheEventStream() {
    commands.sendAndWait(new Counter.CreateCounter(UUID.randomUUID(), 5));
    long head = new EventStoreTable(jdbc).headPosition();

    Health health = eventStoreHealth.health();

    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat((Long) health.getDetails().get("headPosition")).isGreaterThanOrEqualTo(head);
  }

  @Test
  void showsHowFarBehindAProjectionIsFromItsLiveStatus() {
    var registry = new SimpleMeterRegistry();
    projectionMetrics.bindTo(registry);

    commands.sendAndWait(new Counter.CreateCounter(UUID.randomUUID(), 5));

    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              assertThat(gauge(registry, "eventmart.projection.position")).isPositive();
              assertThat(gauge(registry, "eventmart.projection.lag")).isZero();
              assertThat(
                      registry
                          .get("eventmart.projection.state")
                          .tag("projection", "counter-tally")
                          .tag("state", "running")
                          .gauge()
                          .value())
                  .isEqualTo(1);
            });
  }

  private static double gauge(SimpleMeterRegistry registry, String name) {
    return registry.get(name).tag("projection", "counter-tally").gauge().value();
  }
}
