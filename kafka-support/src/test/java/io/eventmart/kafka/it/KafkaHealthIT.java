package io.eventmart.kafka.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.testsupport.TestKafka;
import io.eventmart.testsupport.TestPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;

/** The {@code kafka} health component against a real broker, and against none. */
class KafkaHealthIT {

  private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(1);

  private static ConfigurableApplicationContext applicationOn(String bootstrapServers) {
    TestPostgres.Database database = TestPostgres.freshDatabase("kafka_health");
    return new SpringApplicationBuilder(KafkaSupportTestApplication.class)
        .web(WebApplicationType.NONE)
        .properties(
            "axon.axonserver.enabled=false",
            "spring.datasource.url=" + database.url(),
            "spring.datasource.username=" + database.user(),
            "spring.datasource.password=" + database.password(),
            "eventmart.kafka.bootstrap-servers=" + bootstrapServers,
            "eventmart.operations.health.timeout=" + HEALTH_TIMEOUT.toMillis() + "ms")
        .run();
  }

  private static Health kafkaHealth(ConfigurableApplicationContext application) {
    return application.getBean("kafkaHealthIndicator", HealthIndicator.class).health();
  }

  @Test
  void reportsKafkaUpWithItsClusterIdAndBrokers() {
    try (var application = applicationOn(TestKafka.bootstrapServers())) {
      Health health = kafkaHealth(application);

      assertThat(health.getStatus()).isEqualTo(Status.UP);
      assertThat(health.getDetails().get("clusterId")).asString().isNotBlank();
      assertThat((Integer) health.getDetails().get("brokers")).isPositive();
    }
  }

  @Test
  void reportsKafkaDownWithinTheHealthTimeoutWhenNoBrokerListens() {
    try (var application = applicationOn("127.0.0.1:" + closedPort())) {
      long started = System.nanoTime();
      Health health = kafkaHealth(application);
      Duration took = Duration.ofNanos(System.nanoTime() - started);

      assertThat(health.getStatus()).isEqualTo(Status.DOWN);
      assertThat(took).isLessThan(HEALTH_TIMEOUT.multipliedBy(3));
    }
  }

  /** A port nothing listens on. */
  private static int closedPort() {
    try (var probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return probe.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
