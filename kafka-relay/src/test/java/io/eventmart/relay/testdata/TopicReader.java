package io.eventmart.relay.testdata;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic from its beginning, as an outside consumer of the integration events would. */
public final class TopicReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String bootstrapServers;

  public TopicReader(String bootstrapServers) {
    this.bootstrapServers = bootstrapServers;
  }

  /** One record as read: where it was, its key and its envelope. */
  public record Read(int partition, long offset, String key, JsonNode envelope) {

    public String type() {
      return envelope.get("type").asText();
    }

    public long sequence() {
      return envelope.get("sequence").asLong();
    }
  }

  /** Waits until the topic holds {@code count} records that match, and answers all that match. */
  public List<Read> awaitRecords(String topic, Predicate<Read> filter, int count) {
    List<Read> found = new ArrayList<>();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              found.clear();
              found.addAll(readAll(topic).stream().filter(filter).toList());
              return found.size() >= count;
            });
    return found;
  }

  /** Every record on the topic right now, partition by partition, in offset order. */
  public List<Read> readAll(String topic) {
    try (var consumer = consumer()) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
              .map(info -> new TopicPartition(topic, info.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
      List<Read> records = new ArrayList<>();
      while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
          records.add(
              new Read(record.partition(), record.offset(), record.key(), parse(record.value())));
        }
      }
      records.sort(Comparator.comparingInt(Read::partition).thenComparingLong(Read::offset));
      return records;
    }
  }

  private KafkaConsumer<String, String> consumer() {
    return new KafkaConsumer<>(
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrapServers,
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
            false,
            ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
            StringDeserializer.class,
            ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
            StringDeserializer.class));
  }

  private static JsonNode parse(String value) {
    try {
      return JSON.readTree(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
