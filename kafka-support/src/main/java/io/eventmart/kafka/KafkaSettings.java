package io.eventmart.kafka;

import io.eventmart.contracts.integration.IntegrationTopic;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.kafka.clients.CommonClientConfigs;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How EventMart reaches Kafka ({@code eventmart.kafka.*}), shared by every module that talks to it.
 * The defaults are those of the project's local broker, so those modules work in the platform
 * without any configuration.
 *
 * @param bootstrapServers the brokers to start from
 * @param topicPrefix put in front of every topic name, so test runs or environments sharing a
 *     cluster keep apart (empty by default)
 * @param replicationFactor replicas of every topic the platform creates (1 for a local single
 *     broker; 3 in production)
 * @param properties any further Kafka client settings (security, timeouts), passed on as they are
 */
@ConfigurationProperties("eventmart.kafka")
public record KafkaSettings(
    @DefaultValue("127.0.0.1:59092") String bootstrapServers,
    @DefaultValue("") String topicPrefix,
    @DefaultValue("1") short replicationFactor,
    Map<String, String> properties) {

  private static final Pattern LEGAL_TOPIC_CHARACTERS = Pattern.compile("[A-Za-z0-9._-]*");

  public KafkaSettings {
    if (bootstrapServers == null || bootstrapServers.isBlank()) {
      throw new IllegalArgumentException("eventmart.kafka.bootstrap-servers must be set");
    }
    topicPrefix = topicPrefix == null ? "" : topicPrefix;
    if (!LEGAL_TOPIC_CHARACTERS.matcher(topicPrefix).matches()) {
      throw new IllegalArgumentException(
          "eventmart.kafka.topic-prefix may only contain letters, digits, '.', '_' and '-', not '"
              + topicPrefix
              + "'");
    }
    if (replicationFactor < 1) {
      throw new IllegalArgumentException(
          "eventmart.kafka.replication-factor must be at least 1, not " + replicationFactor);
    }
    properties = properties == null ? Map.of() : Map.copyOf(properties);
  }

  /** The name {@code topic} has on this cluster. */
  public String topicName(IntegrationTopic topic) {
    return topicPrefix + topic.topicName();
  }

  /** The name of a topic of a module's own, e.g. its dead letters. */
  public String topicName(String name) {
    return topicPrefix + name;
  }

  /**
   * The settings every client starts from: the brokers, then the extra properties. A new, mutable
   * map each time, so the caller can add what its own client needs (client id, timeouts).
   */
  public Map<String, Object> clientConfig() {
    Map<String, Object> config = new HashMap<>(properties);
    config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    return config;
  }
}
