package io.eventmart.testsupport;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.elasticsearch.ElasticsearchContainer;

/**
 * A real Elasticsearch for integration tests: {@code EVENTMART_ES_URL} from the environment, else a
 * Testcontainers Elasticsearch when Docker answers, else the project's own {@code
 * scripts/servers.sh start elasticsearch} (the distribution Maven Central provides). Tests keep
 * apart by using index names of their own.
 */
public final class TestElasticsearch {

  private static final Logger log = LoggerFactory.getLogger(TestElasticsearch.class);
  private static final String IMAGE = "docker.elastic.co/elasticsearch/elasticsearch:8.19.4";
  private static String url;

  private TestElasticsearch() {}

  /** The HTTP URL of the server, e.g. {@code http://127.0.0.1:59200}. */
  public static synchronized String url() {
    if (url == null) {
      String configured = System.getenv("EVENTMART_ES_URL");
      if (configured != null && !configured.isBlank()) {
        url = configured;
      } else if (DockerClientFactory.instance().isDockerAvailable()) {
        url = fromContainer();
      } else {
        url =
            ServerSettings.required(
                ServerSettings.startWithScript("elasticsearch", Map.of()), "EVENTMART_ES_URL");
      }
      log.info("Integration tests use Elasticsearch at {}", url);
    }
    return url;
  }

  @SuppressWarnings("resource") // lives as long as the test JVM; Testcontainers' reaper removes it
  private static String fromContainer() {
    var container =
        new ElasticsearchContainer(IMAGE)
            .withEnv("xpack.security.enabled", "false")
            .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m");
    container.start();
    return "http://" + container.getHttpHostAddress();
  }
}
