package io.eventmart.testsupport;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/**
 * A real Kafka broker for integration tests: {@code EVENTMART_KAFKA_BOOTSTRAP} from the
 * environment, else a Testcontainers Kafka when Docker answers, else the project's own {@code
 * scripts/servers.sh start kafka} (the broker jars Maven Central provides). Tests keep apart by
 * using topic names or consumer groups of their own.
 */
public final class TestKafka {

  private static final Logger log = LoggerFactory.getLogger(TestKafka.class);
  private static final String IMAGE = "apache/kafka:4.1.1";
  private static String bootstrapServers;

  private TestKafka() {}

  /** The broker's bootstrap servers, e.g. {@code 127.0.0.1:59092}. */
  public static synchronized String bootstrapServers() {
    if (bootstrapServers == null) {
      String configured = System.getenv("EVENTMART_KAFKA_BOOTSTRAP");
      if (configured != null && !configured.isBlank()) {
        bootstrapServers = configured;
      } else if (DockerClientFactory.instance().isDockerAvailable()) {
        bootstrapServers = fromContainer();
      } else {
        bootstrapServers =
            ServerSettings.required(
                ServerSettings.startWithScript("kafka", Map.of()), "EVENTMART_KAFKA_BOOTSTRAP");
      }
      log.info("Integration tests use Kafka at {}", bootstrapServers);
    }
    return bootstrapServers;
  }

  @SuppressWarnings("resource") // lives as long as the test JVM; Testcontainers' reaper removes it
  private static String fromContainer() {
    var container = new KafkaContainer(IMAGE);
    container.start();
    return container.getBootstrapServers();
  }
}
