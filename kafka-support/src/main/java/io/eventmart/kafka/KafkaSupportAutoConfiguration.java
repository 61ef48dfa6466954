package io.eventmart.kafka;

import io.eventmart.support.health.HealthChecks;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * What every module that talks to Kafka shares, wherever one of them is on the classpath (the
 * standalone platform, or a service of its own): the {@link KafkaSettings} and the {@code kafka}
 * health component. Declared here once, so the platform, which runs several such modules on the
 * same {@code eventmart.kafka} settings, has one of each.
 */
@AutoConfiguration
@EnableConfigurationProperties(KafkaSettings.class)
public class KafkaSupportAutoConfiguration {

  /**
   * Reported as health component {@code kafka}: the cluster answers within the health timeout. An
   * application may declare a {@code kafkaHealthIndicator} of its own instead.
   */
  @Bean
  @ConditionalOnMissingBean(name = "kafkaHealthIndicator")
  public HealthIndicator kafkaHealthIndicator(KafkaSettings kafka, HealthChecks healthChecks) {
    int timeoutMillis = Math.toIntExact(healthChecks.timeout().toMillis());
    Map<String, Object> config = kafka.clientConfig();
    config.put(CommonClientConfigs.CLIENT_ID_CONFIG, "eventmart-kafka-health");
    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMillis);
    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMillis);
    return healthChecks.timeLimitedAndCached(
        new KafkaClusterHealth(Admin.create(config), healthChecks.timeout()));
  }
}
