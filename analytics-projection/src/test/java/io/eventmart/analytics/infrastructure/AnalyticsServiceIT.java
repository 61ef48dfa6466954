package io.eventmart.analytics.infrastructure;

import static io.eventmart.analytics.testdata.Shop.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.eventmart.analytics.operations.AnalyticsProjection;
import io.eventmart.analytics.testdata.Analytics;
import io.eventmart.analytics.testdata.Shop;
import io.eventmart.analytics.testdata.TestTopics;
import io.eventmart.contracts.analytics.SalesSummary;
import io.eventmart.testsupport.TestKafka;
import io.eventmart.testsupport.TestPostgres;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The analytics service started from its main class with its own {@code analytics-service.yml},
 * stopped and started again: it resumes from its committed offsets and never counts an event twice,
 * also when the offsets of what it applied were never committed (a crash between the database
 * commit and the offset commit). Axon Server is not available here, so it is switched off.
 */
class AnalyticsServiceIT {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final Instant FROM = Instant.parse("2026-09-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2026-09-02T00:00:00Z");

  private final TestPostgres.Database database = TestPostgres.freshDatabase("analytics_service");
  private final String prefix = "analytics-service-it-" + UUID.randomUUID() + "-";
  private final String groupId = prefix + "group";
  private final Shop shop = new Shop(TestKafka.bootstrapServers(), prefix);

  AnalyticsServiceIT() {
    TestTopics.create(TestKafka.bootstrapServers(), prefix);
  }

  @AfterEach
  void closeShop() {
    shop.close();
  }

  @Test
  void startsWithItsOwnSettings() {
    try (var service = start()) {
      assertThat(service.getEnvironment().getProperty("spring.application.name"))
          .isEqualTo("analytics-service");
      assertThat(service.getBean(AnalyticsProperties.class).groupId()).isEqualTo(groupId);
      assertThat(service.getBean(AnalyticsProjection.class).name()).isEqualTo("analytics");
    }
  }

  @Test
  void resumesFromItsCommittedOffsetsAfterARestartWithoutCountingTwice() {
    UUID first = UUID.randomUUID();
    try (var service = start()) {
      placeAndConfirm(first, "2026-09-01T10:00:00Z");
      awaitSummary(service, 1, 1);
      awaitCommitted(service);
    }

    try (var service = start()) {
      placeAndConfirm(UUID.randomUUID(), "2026-09-01T11:00:00Z");

      awaitSummary(service, 2, 2);
      assertThat(appliedEvents(service)).isEqualTo(4);
    }
  }

  @Test
  void appliesNothingTwiceWhenTheOffsetsOfWhatItAppliedWereNeverCommitted() {
    try (var service = start()) {
      placeAndConfirm(UUID.randomUUID(), "2026-09-01T10:00:00Z");
      placeAndConfirm(UUID.randomUUID(), "2026-09-01T10:30:00Z");
      awaitSummary(service, 2, 2);
      awaitCommitted(service);
    }
    // As if it had crashed after each database commit, before the offset commit.
    TestTopics.forgetCommittedOffsets(TestKafka.bootstrapServers(), groupId, sourceTopics());

    try (var service = start()) {
      placeAndConfirm(UUID.randomUUID(), "2026-09-01T11:00:00Z");

      awaitSummary(service, 3, 3);
      awaitCommitted(service);
      assertThat(summary(service).grossRevenue()).isEqualByComparingTo("30.00");
      assertThat(appliedEvents(service)).isEqualTo(6);
    }
  }

  private ConfigurableApplicationContext start() {
    return AnalyticsServiceApplication.start(
        "--axon.axonserver.enabled=false",
        "--server.port=0",
        "--spring.datasource.url=" + database.url(),
        "--spring.datasource.username=" + database.user(),
        "--spring.datasource.password=" + database.password(),
        "--spring.r2dbc.url=" + database.r2dbcUrl(),
        "--spring.r2dbc.username=" + database.user(),
        "--spring.r2dbc.password=" + database.password(),
        "--eventmart.kafka.bootstrap-servers=" + TestKafka.bootstrapServers(),
        "--eventmart.kafka.topic-prefix=" + prefix,
        "--eventmart.analytics.group-id=" + groupId,
        "--eventmart.analytics.commit-interval=200ms",
        // The relay is on the test classpath for another test; this one publishes by itself.
        "--spring.autoconfigure.exclude=io.eventmart.relay.infrastructure.RelayAutoConfiguration");
  }

  private void placeAndConfirm(UUID order, String at) {
    Instant placed = Instant.parse(at);
    shop.placeOrder(order, placed, "EUR", line(UUID.randomUUID(), "Mug", 2, "5.00"));
    shop.confirmOrder(order, placed.plusSeconds(60));
  }

  private void awaitSummary(ConfigurableApplicationContext service, int placed, int confirmed) {
    await()
        .atMost(WAIT)
        .until(
            () -> {
              SalesSummary summary = summary(service);
              return summary.ordersPlaced() == placed && summary.ordersConfirmed() == confirmed;
            });
  }

  /** Waits until everything consumed is also committed, so a restart starts from there. */
  private static void awaitCommitted(ConfigurableApplicationContext service) {
    AnalyticsProjection projection = service.getBean(AnalyticsProjection.class);
    await().atMost(WAIT).until(() -> projection.status().lagEvents() == 0);
  }

  private static SalesSummary summary(ConfigurableApplicationContext service) {
    return new Analytics(service.getBean(QueryGateway.class)).summary(FROM, TO, "EUR");
  }

  private static long appliedEvents(ConfigurableApplicationContext service) {
    return service
        .getBean(JdbcTemplate.class)
        .queryForObject("SELECT count(*) FROM analytics.processed_event", Long.class);
  }

  private Set<String> sourceTopics() {
    return AnalyticsAutoConfiguration.SOURCE_TOPICS.stream()
        .map(topic -> prefix + topic.topicName())
        .collect(Collectors.toSet());
  }
}
