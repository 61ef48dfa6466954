package io.eventmart.kafka;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Whether the Kafka cluster answers: one cluster description (its id and brokers), asked with the
 * health check's timeout. It is the {@code kafka} health component (see {@link
 * KafkaSupportAutoConfiguration}), declared through {@link
 * io.eventmart.support.health.HealthChecks} so probes get an answer in time and reuse it briefly.
 */
public final class KafkaClusterHealth extends AbstractHealthIndicator implements AutoCloseable {

  private final Admin admin;
  private final Duration timeout;

  public KafkaClusterHealth(Admin admin, Duration timeout) {
    super("The Kafka cluster did not answer");
    this.admin = admin;
    this.timeout = timeout;
  }

  @Override
  protected void doHealthCheck(Health.Builder health) throws Exception {
    int millis = Math.toIntExact(timeout.toMillis());
    DescribeClusterResult cluster =
        admin.describeCluster(new DescribeClusterOptions().timeoutMs(millis));
    health
        .up()
        .withDetail("clusterId", cluster.clusterId().get(millis, TimeUnit.MILLISECONDS))
        .withDetail("brokers", cluster.nodes().get(millis, TimeUnit.MILLISECONDS).size());
  }

  @Override
  public void close() {
    admin.close(Duration.ofSeconds(5));
  }
}
