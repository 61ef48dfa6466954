package io.eventmart.analytics.it;

import static io.eventmart.analytics.testdata.Shop.fields;
import static io.eventmart.analytics.testdata.Shop.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.eventmart.analytics.ingest.DeadLetters;
import io.eventmart.analytics.ingest.PoisonMessageException;
import io.eventmart.analytics.operations.AnalyticsProjection;
import io.eventmart.analytics.testdata.Analytics;
import io.eventmart.analytics.testdata.Shop;
import io.eventmart.contracts.integration.IntegrationTopic;
import io.eventmart.testsupport.TestKafka;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Poison messages: each lands on the dead-letter topic with where it came from and why it could not
 * be applied, and the good messages behind it are applied all the same.
 */
@SpringBootTest(
    classes = AnalyticsTestApplication.class,
    properties = {"axon.axonserver.enabled=false", "eventmart.analytics.commit-interval=200ms"})
class DeadLettersIT {

  private static final AnalyticsServers SERVERS = new AnalyticsServers();
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String DEAD_LETTERS = SERVERS.prefix + "analytics-dead-letters";

  @DynamicPropertySource
  static void servers(DynamicPropertyRegistry registry) {
    SERVERS.register(registry, "dead_letters");
  }

  @Autowired QueryGateway queryGateway;
  @Autowired AnalyticsProjection projection;

  private final Shop shop = new Shop(TestKafka.bootstrapServers(), SERVERS.prefix);

  @AfterEach
  void closeShop() {
    shop.close();
  }

  @Test
  void deadLettersEveryPoisonMessageWithItsErrorAndGoesOnWithTheNext() {
    UUID order = UUID.randomUUID();
    String key = order.toString();
    Instant at = Instant.parse("2026-07-01T10:00:00Z");
    var garbage =
        shop.sendRaw(
            IntegrationTopic.ORDER_EVENTS, key, "{not json".getBytes(StandardCharsets.UTF_8));
    var unknownType =
        shop.sendEnvelope(
            IntegrationTopic.ORDER_EVENTS,
            key,
            shop.envelope("order.teleported", "order", order, at, fields("orderId", key)));
    Map<String, Object> future =
        shop.envelope("order.confirmed", "order", order, at, fields("orderId", key));
    future.put("version", 2);
    var unsupportedVersion = shop.sendEnvelope(IntegrationTopic.ORDER_EVENTS, key, future);
    var dataError =
        shop.sendEnvelope(
            IntegrationTopic.ORDER_EVENTS,
            key,
            shop.envelope(
                "order.created",
                "order",
                order,
                at,
                fields("orderId", key, "status", "PENDING", "currency", "EUR")));
    shop.placeOrder(order, at, "EUR", line(UUID.randomUUID(), "Mug", 2, "5.00"));

    await()
        .atMost(WAIT)
        .until(
            () ->
                analytics().summary(at, at.plusSeconds(1), "EUR").ordersPlaced() == 1
                    && projection.status().lagEvents() == 0);

    List<ConsumerRecord<String, byte[]>> letters = readDeadLetters(4);
    assertThat(letters).extracting(ConsumerRecord::key).containsOnly(key);
    assertThat(letters)
        .extracting(ConsumerRecord::value)
        .containsExactly(
            garbage.value(), unknownType.value(), unsupportedVersion.value(), dataError.value());
    assertThat(letters)
        .allSatisfy(
            letter -> {
              assertThat(header(letter, DeadLetters.ORIGINAL_TOPIC))
                  .isEqualTo(SERVERS.prefix + "order-events");
              assertThat(header(letter, DeadLetters.EXCEPTION_CLASS))
                  .isEqualTo(PoisonMessageException.class.getName());
              assertThat(header(letter, DeadLetters.ORIGINAL_PARTITION))
                  .isEqualTo(header(letters.get(0), DeadLetters.ORIGINAL_PARTITION));
            });
    assertThat(letters)
        .extracting(letter -> Long.parseLong(header(letter, DeadLetters.ORIGINAL_OFFSET)))
        .isSorted()
        .doesNotHaveDuplicates();
    assertThat(letters)
        .extracting(letter -> header(letter, DeadLetters.EXCEPTION_MESSAGE))
        .satisfiesExactly(
            message -> assertThat(message).startsWith("not JSON"),
            message -> assertThat(message).isEqualTo("unknown event type order.teleported"),
            message -> assertThat(message).isEqualTo("unsupported version 2 of order.confirmed"),
            message ->
                assertThat(message)
                    .isEqualTo("data error in order.created: field items is missing"));
  }

  private Analytics analytics() {
    return new Analytics(queryGateway);
  }

  private static List<ConsumerRecord<String, byte[]>> readDeadLetters(int expected) {
    try (var consumer =
        new KafkaConsumer<String, byte[]>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
      var partition = new TopicPartition(DEAD_LETTERS, 0);
      consumer.assign(List.of(partition));
      consumer.seekToBeginning(List.of(partition));
      List<ConsumerRecord<String, byte[]>> letters = new ArrayList<>();
      await()
          .atMost(WAIT)
          .until(
              () -> {
                consumer.poll(Duration.ofMillis(200)).forEach(letters::add);
                return letters.size() >= expected;
              });
      return letters;
    }
  }

  private static String header(ConsumerRecord<String, byte[]> record, String name) {
    return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }
}
