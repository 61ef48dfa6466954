package io.eventmart.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.internals.KafkaFutureImpl;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class KafkaClusterHealthTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(2);

  private final Admin admin = mock(Admin.class);
  private final DescribeClusterResult cluster = mock(DescribeClusterResult.class);
  private final KafkaClusterHealth health = new KafkaClusterHealth(admin, TIMEOUT);

  private void givenTheClusterAnswers(String clusterId, Node... brokers) {
    when(admin.describeCluster(any(DescribeClusterOptions.class))).thenReturn(cluster);
    when(cluster.clusterId()).thenReturn(KafkaFuture.completedFuture(clusterId));
    when(cluster.nodes())
        .thenReturn(KafkaFuture.<Collection<Node>>completedFuture(List.of(brokers)));
  }

  @Test
  void isUpWithTheClusterIdAndHowManyBrokersItHas() {
    givenTheClusterAnswers(
        "eventmart-local", new Node(1, "127.0.0.1", 59092), new Node(2, "127.0.0.1", 59094));

    assertThat(health.health())
        .isEqualTo(
            Health.up()
                .withDetail("clusterId", "eventmart-local")
                .withDetail("brokers", 2)
                .build());
  }

  @Test
  void asksTheClusterWithTheHealthTimeout() {
    givenTheClusterAnswers("eventmart-local", new Node(1, "127.0.0.1", 59092));

    health.health();

    ArgumentCaptor<DescribeClusterOptions> options =
        ArgumentCaptor.forClass(DescribeClusterOptions.class);
    verify(admin).describeCluster(options.capture());
    assertThat(options.getValue().timeoutMs()).isEqualTo(2_000);
  }

  @Test
  void isDownWithTheErrorWhenTheClusterCannotBeDescribed() {
    KafkaFutureImpl<String> unanswered = new KafkaFutureImpl<>();
    unanswered.completeExceptionally(
        new TimeoutException("Timed out waiting for a node assignment. Call: describeCluster"));
    when(admin.describeCluster(any(DescribeClusterOptions.class))).thenReturn(cluster);
    when(cluster.clusterId()).thenReturn(unanswered);

    Health down = health.health();

    assertThat(down.getStatus()).isEqualTo(Status.DOWN);
    assertThat(down.getDetails().get("error").toString())
        .contains("Timed out waiting for a node assignment");
  }

  @Test
  void closesItsAdminClient() {
    health.close();

    verify(admin).close(Duration.ofSeconds(5));
  }
}
