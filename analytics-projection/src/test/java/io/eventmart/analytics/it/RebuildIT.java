package io.eventmart.analytics.it;

import static io.eventmart.analytics.testdata.Shop.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.eventmart.analytics.operations.AnalyticsProjection;
import io.eventmart.analytics.testdata.Shop;
import io.eventmart.contracts.projection.ProjectionOperations;
import io.eventmart.contracts.projection.ProjectionOperations.GetProjectionStatus;
import io.eventmart.contracts.projection.ProjectionOperations.ProjectionStatusReport;
import io.eventmart.contracts.projection.ProjectionOperations.ReplayProjection;
import io.eventmart.contracts.projection.ProjectionStatus;
import io.eventmart.testsupport.TestKafka;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.QueryBus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The analytics model as an operated projection: watched through the scattered status query and
 * rebuilt through its replay command, as the edge will do it.
 */
@SpringBootTest(
    classes = AnalyticsTestApplication.class,
    properties = {"axon.axonserver.enabled=false", "eventmart.analytics.commit-interval=200ms"})
class RebuildIT {

  private static final AnalyticsServers SERVERS = new AnalyticsServers();
  private static final Duration WAIT = Duration.ofSeconds(60);

  @DynamicPropertySource
  static void servers(DynamicPropertyRegistry registry) {
    SERVERS.register(registry, "analytics_rebuild");
  }

  @Autowired CommandGateway commands;
  @Autowired QueryBus queryBus;
  @Autowired JdbcTemplate jdbc;

  private final Shop shop = new Shop(TestKafka.bootstrapServers(), SERVERS.prefix);

  @AfterEach
  void closeShop() {
    shop.close();
  }

  @Test
  void reportsItsPositionAndLagAndRebuildsIdenticalTablesFromTheTopics() {
    int records = givenSomeDaysOfTheShop();
    await().atMost(WAIT).until(() -> status().position() == records && status().lagEvents() == 0);
    ProjectionStatus before = status();
    assertThat(before.status()).isEqualTo("RUNNING");
    assertThat(before.replaying()).isFalse();
    assertThat(before.replayProgress()).isNull();
    Map<String, String> checksums = TableChecksums.of(jdbc);
    // Damage the model, so that only a rebuild from the topics can make it whole again.
    jdbc.update("DELETE FROM analytics.orders WHERE status = 'FAILED'");
    jdbc.update("UPDATE analytics.stock SET available = 0");
    assertThat(TableChecksums.of(jdbc)).isNotEqualTo(checksums);

    commands.sendAndWait(
        new GenericCommandMessage<>(
            new GenericMessage<>(new ReplayProjection(AnalyticsProjection.NAME)),
            ProjectionOperations.replayCommandName(AnalyticsProjection.NAME)));

    await()
        .atMost(WAIT)
        .until(
            () -> {
              ProjectionStatus now = status();
              return !now.replaying()
                  && now.status().equals("RUNNING")
                  && now.lagEvents() == 0
                  && now.position() == records;
            });
    assertThat(TableChecksums.of(jdbc)).isEqualTo(checksums);
  }

  private int givenSomeDaysOfTheShop() {
    int sent = 0;
    UUID mug = UUID.randomUUID();
    shop.registerProduct(mug, "Mug", "5.00", Instant.parse("2026-08-01T08:00:00Z"));
    shop.openStock(mug, Instant.parse("2026-08-01T08:00:00Z"), 50, 10);
    sent += 2;
    for (int day = 1; day <= 5; day++) {
      for (int i = 0; i < 4; i++) {
        UUID order = UUID.randomUUID();
        Instant placed = Instant.parse("2026-08-0" + day + "T1" + i + ":00:00Z");
        shop.placeOrder(order, placed, "EUR", line(mug, "Mug", i + 1, "5.00"));
        shop.requestPayment(order, placed.plusSeconds(10));
        sent += 2;
        if (i % 2 == 0) {
          shop.completePayment(order, placed.plusSeconds(20));
          shop.confirmOrder(order, placed.plusSeconds(30));
        } else {
          shop.declinePayment(order, placed.plusSeconds(20));
          shop.failOrder(order, placed.plusSeconds(30), "PAYMENT_DECLINED");
        }
        sent += 2;
      }
    }
    return sent;
  }

  private ProjectionStatus status() {
    return queryBus
        .scatterGather(
            new GenericQueryMessage<>(
                new GetProjectionStatus(),
                ProjectionOperations.STATUS_QUERY,
                ResponseTypes.instanceOf(ProjectionStatusReport.class)),
            10,
            TimeUnit.SECONDS)
        .flatMap(response -> response.getPayload().projections().stream())
        .filter(status -> status.name().equals(AnalyticsProjection.NAME))
        .findFirst()
        .orElseThrow();
  }
}
