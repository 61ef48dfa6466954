package io.eventmart.search.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.eventmart.search.it.Applications;
import io.eventmart.search.it.SearchTestApplication;
import io.eventmart.search.it.SearchTestSettings;
import io.eventmart.search.it.TcpForwarder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The {@code searchIndex} health component against the real Elasticsearch, against a port nothing
 * listens on, and against a server that accepts connections but never answers.
 */
class SearchIndexHealthIT {

  private static final Duration HEALTH_TIMEOUT = Duration.ofMillis(500);

  private static Health searchIndexHealth(ConfigurableApplicationContext application) {
    return application.getBean("searchIndexHealthIndicator", HealthIndicator.class).health();
  }

  @Test
  void isUpWithTheIndexBehindTheSearchAliasOnceItIsPrepared() {
    SearchTestSettings settings = SearchTestSettings.forTest("healthup");
    try (var application = Applications.start(settings)) {
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> searchIndexHealth(application).getStatus().equals(Status.UP));

      Health health = searchIndexHealth(application);
      assertThat(health.getDetails())
          .containsEntry("alias", settings.indexPrefix())
          .containsEntry("rebuilding", false);
      assertThat(health.getDetails().get("searchIndex"))
          .asString()
          .startsWith(settings.indexPrefix() + "-v1-");
    }
  }

  @Test
  void isDownWhenNothingListensWhereElasticsearchShouldBe() {
    SearchTestSettings settings =
        SearchTestSettings.forTest("healthrefused")
            .withElasticsearchAt("http://127.0.0.1:" + TcpForwarder.freePort());
    try (var application = Applications.start(settings)) {
      assertThat(searchIndexHealth(application).getStatus()).isEqualTo(Status.DOWN);
    }
  }

  @Test
  void isDownOnceTheHealthTimeoutHasPassedWhenElasticsearchDoesNotAnswer() throws IOException {
    try (var silent = new SilentServer()) {
      SearchTestSettings settings =
          SearchTestSettings.forTest("healthsilent")
              .withElasticsearchAt("http://127.0.0.1:" + silent.port());
      try (var application =
          new SpringApplicationBuilder(SearchTestApplication.class)
              .run(
                  settings.asArguments(
                      "--spring.main.web-application-type=none",
                      "--eventmart.operations.health.timeout="
                          + HEALTH_TIMEOUT.toMillis()
                          + "ms"))) {
        long started = System.nanoTime();
        Health health = searchIndexHealth(application);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("error", "no answer within 500 ms");
        assertThat(took).isLessThan(HEALTH_TIMEOUT.multipliedBy(4));
      }
    }
  }

  /** Accepts connections and reads nothing, answers nothing: a cluster that hangs. */
  private static final class SilentServer implements AutoCloseable {

    private final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    private final List<Socket> connections = new CopyOnWriteArrayList<>();
    private final Thread acceptor = new Thread(this::accept, "silent-elasticsearch");

    SilentServer() throws IOException {
      acceptor.setDaemon(true);
      acceptor.start();
    }

    int port() {
      return server.getLocalPort();
    }

    private void accept() {
      while (!server.isClosed()) {
        try {
          connections.add(server.accept());
        } catch (IOException e) {
          return; // closed: the test is over
        }
      }
    }

    @Override
    public void close() throws IOException {
      server.close();
      for (Socket connection : connections) {
        try {
          connection.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }
}
