package io.eventmart.relay.infrastructure;

import io.eventmart.kafka.KafkaSettings;
import io.eventmart.relay.contract.IntegrationEventMapper;
import io.eventmart.relay.publishing.KafkaRelay;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The Kafka relay, wherever its jar is on the classpath (the standalone platform, or the relay
 * service): the contract's topics, the idempotent producer, and the {@link KafkaRelay} in a
 * tracking processor of its own that starts, the first time, at the first event ever stored, so
 * consumers can build from the whole history. The Kafka settings and the {@code kafka} health
 * component come from Kafka support ({@link io.eventmart.kafka.KafkaSupportAutoConfiguration}).
 */
@AutoConfiguration
@EnableConfigurationProperties(RelayProperties.class)
public class RelayAutoConfiguration {

  /** Starts creating the topics as the application starts (see {@link IntegrationTopics}). */
  @Bean(initMethod = "createInBackground", destroyMethod = "close")
  public IntegrationTopics relayIntegrationTopics(KafkaSettings kafka, RelayProperties relay) {
    Map<String, Object> config = kafka.clientConfig();
    config.put(CommonClientConfigs.CLIENT_ID_CONFIG, "eventmart-kafka-relay-admin");
    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis(relay));
    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis(relay));
    return new IntegrationTopics(Admin.create(config), kafka, relay.brokerTimeout());
  }

  @Bean(destroyMethod = "close")
  public KafkaIntegrationEventPublisher relayEventPublisher(
      KafkaSettings kafka, RelayProperties relay, IntegrationTopics relayIntegrationTopics) {
    return new KafkaIntegrationEventPublisher(
        new KafkaProducer<>(KafkaIntegrationEventPublisher.producerConfig(kafka, relay)),
        relayIntegrationTopics,
        kafka);
  }

  /**
   * Registers the relay in its tracking processor. Errors propagate (Axon's default for event
   * handlers only logs them, which would move the token past an event that was never published):
   * the processor then retries the batch with a growing pause.
   */
  @Bean
  public ConfigurerModule kafkaRelayModule(
      KafkaIntegrationEventPublisher relayEventPublisher, RelayProperties relay) {
    return configurer ->
        configurer
            .eventProcessing()
            .registerTrackingEventProcessor(
                KafkaRelay.PROCESSING_GROUP,
                Configuration::eventStore,
                axon -> KafkaRelay.processorConfiguration(relay.batchSize()))
            .registerListenerInvocationErrorHandler(
                KafkaRelay.PROCESSING_GROUP, axon -> PropagatingErrorHandler.instance())
            .registerEventHandler(
                axon ->
                    new KafkaRelay(
                        new IntegrationEventMapper(), relayEventPublisher, relay.ackTimeout()));
  }

  private static int millis(RelayProperties relay) {
    return Math.toIntExact(relay.brokerTimeout().toMillis());
  }
}
