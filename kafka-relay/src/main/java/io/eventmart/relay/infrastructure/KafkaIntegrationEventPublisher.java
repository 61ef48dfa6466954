package io.eventmart.relay.infrastructure;

import io.eventmart.kafka.KafkaSettings;
import io.eventmart.relay.contract.IntegrationEventJson;
import io.eventmart.relay.contract.OutgoingEvent;
import io.eventmart.relay.publishing.IntegrationEventPublisher;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes integration events with one Kafka producer: key = aggregate id, value = the envelope's
 * JSON. The producer is idempotent and waits for all in-sync replicas ({@link #producerConfig}), so
 * its retries never duplicate or reorder a partition's records, and an acknowledged record is on
 * every in-sync replica.
 */
public final class KafkaIntegrationEventPublisher
    implements IntegrationEventPublisher, AutoCloseable {

  /** How long the producer waits to fill a batch: short, because a relay batch waits for it. */
  private static final int LINGER_MILLIS = 5;

  private final Producer<String, byte[]> producer;
  private final IntegrationTopics topics;
  private final KafkaSettings settings;
  private final IntegrationEventJson json = new IntegrationEventJson();

  public KafkaIntegrationEventPublisher(
      Producer<String, byte[]> producer, IntegrationTopics topics, KafkaSettings settings) {
    this.producer = producer;
    this.topics = topics;
    this.settings = settings;
  }

  /**
   * The producer's settings: idempotent, {@code acks=all}, at most five requests in flight (the
   * most idempotence keeps in order), retried until the relay's acknowledgement timeout, and
   * blocking a send on missing metadata no longer than one broker request.
   */
  static Map<String, Object> producerConfig(KafkaSettings settings, RelayProperties relay) {
    Map<String, Object> config = settings.clientConfig();
    config.put(ProducerConfig.CLIENT_ID_CONFIG, "eventmart-kafka-relay");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
    config.put(ProducerConfig.RETRIES_CONFIG, Integer.MAX_VALUE);
    config.put(ProducerConfig.LINGER_MS_CONFIG, LINGER_MILLIS);
    config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, millis(relay.brokerTimeout()));
    config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, millis(relay.ackTimeout()));
    config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, millis(relay.brokerTimeout()));
    config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    return config;
  }

  @Override
  public void ensureTopics() {
    topics.ensureCreated();
  }

  @Override
  public Future<?> publish(OutgoingEvent event) {
    return producer.send(
        new ProducerRecord<>(
            settings.topicName(event.topic()), event.key(), json.write(event.event())));
  }

  @Override
  public void flush() {
    producer.flush();
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(10));
  }

  private static int millis(Duration duration) {
    return Math.toIntExact(duration.toMillis());
  }
}
