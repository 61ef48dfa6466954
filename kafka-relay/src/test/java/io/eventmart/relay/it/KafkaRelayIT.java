package io.eventmart.relay.it;

import static io.eventmart.relay.testdata.DomainEvents.eur;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventmart.contracts.cart.CartEvent.CartItemAdded;
import io.eventmart.contracts.integration.IntegrationTopic;
import io.eventmart.contracts.order.OrderEvent.OrderConfirmed;
import io.eventmart.contracts.order.OrderEvent.OrderPlaced;
import io.eventmart.contracts.payment.PaymentEvent.PaymentRequested;
import io.eventmart.contracts.product.ProductEvent.ProductRegistered;
import io.eventmart.contracts.product.StockEvent.StockInitialized;
import io.eventmart.contracts.product.StockLevels;
import io.eventmart.relay.testdata.DomainEvents;
import io.eventmart.relay.testdata.EventStoreWriter;
import io.eventmart.relay.testdata.TopicReader;
import io.eventmart.relay.testdata.TopicReader.Read;
import io.eventmart.testsupport.TestKafka;
import io.eventmart.testsupport.TestPostgres;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Given domain events in the event store, then integration events on Kafka. */
@SpringBootTest(classes = RelayTestApplication.class, properties = "axon.axonserver.enabled=false")
class KafkaRelayIT {

  private static final String PREFIX = "relay-it-" + UUID.randomUUID() + "-";

  @DynamicPropertySource
  static void servers(DynamicPropertyRegistry registry) {
    TestPostgres.freshDatabase("kafka_relay").registerAsDataSource(registry);
    registry.add("eventmart.kafka.bootstrap-servers", TestKafka::bootstrapServers);
    registry.add("eventmart.kafka.topic-prefix", () -> PREFIX);
  }

  @Autowired EventStore eventStore;

  private final TopicReader topics = new TopicReader(TestKafka.bootstrapServers());

  @Test
  void publishesADomainEventAsTheDocumentedEnvelopeKeyedByItsAggregate() {
    UUID order = UUID.randomUUID();
    OrderPlaced placed =
        new OrderPlaced(
            order,
            DomainEvents.CUSTOMER,
            DomainEvents.lines(),
            eur("55.00"),
            DomainEvents.ADDRESS,
            "card",
            "key-" + order);
    List<String> ids =
        events()
            .append(
                "Order",
                order,
                EventStoreWriter.metaData("request-7"),
                placed,
                new OrderConfirmed(order, DomainEvents.PAYMENT));

    List<Read> records = topics.awaitRecords(topic(IntegrationTopic.ORDER_EVENTS), of(order), 2);

    assertThat(records).extracting(Read::key).containsOnly(order.toString());
    assertThat(records).extracting(Read::type).containsExactly("order.created", "order.confirmed");
    JsonNode created = records.get(0).envelope();
    assertThat(created.get("id").asText()).isEqualTo(ids.get(0));
    assertThat(created.get("version").asInt()).isEqualTo(1);
    assertThat(created.get("aggregateId").asText()).isEqualTo(order.toString());
    assertThat(created.get("aggregateType").asText()).isEqualTo("order");
    assertThat(created.get("sequence").asLong()).isZero();
    assertThat(created.get("timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    assertThat(created.get("data").get("total").asText()).isEqualTo("55.00");
    assertThat(created.get("data").get("currency").asText()).isEqualTo("EUR");
    assertThat(created.get("data").get("items")).hasSize(2);
    JsonNode metadata = created.get("metadata");
    assertThat(metadata.get("correlationId").asText()).isEqualTo("request-7");
    assertThat(metadata.get("causationId").asText()).isEqualTo("command-of-request-7");
    assertThat(metadata.get("service").asText()).isEqualTo("order-service");
    assertThat(metadata.get("userId").asText()).isEqualTo("user-1");
  }

  @Test
  void putsEachFamilyOfEventsOnItsOwnTopic() {
    UUID product = UUID.randomUUID();
    UUID payment = UUID.randomUUID();
    UUID cart = UUID.randomUUID();
    events()
        .append(
            "Product",
            product,
            new ProductRegistered(product, "SKU-" + product, "Lamp", "", "Home", eur("30.00")),
            new StockInitialized(product, StockLevels.of(3, 0), 5));
    events()
        .append(
            "Payment",
            payment,
            new PaymentRequested(payment, UUID.randomUUID(), cart, eur("30.00"), "card"));
    events().append("Cart", cart, new CartItemAdded(cart, product, 1, 1));

    assertThat(topics.awaitRecords(topic(IntegrationTopic.PRODUCT_EVENTS), of(product), 1))
        .extracting(Read::type)
        .containsExactly("product.created");
    Read stock =
        topics.awaitRecords(topic(IntegrationTopic.INVENTORY_EVENTS), of(product), 1).get(0);
    assertThat(stock.type()).isEqualTo("inventory.updated");
    assertThat(stock.sequence()).isEqualTo(1);
    assertThat(stock.envelope().get("aggregateType").asText()).isEqualTo("inventory");
    assertThat(topics.awaitRecords(topic(IntegrationTopic.PAYMENT_EVENTS), of(payment), 1))
        .extracting(Read::type)
        .containsExactly("payment.initiated");
    assertThat(topics.awaitRecords(topic(IntegrationTopic.CART_EVENTS), of(cart), 1))
        .extracting(Read::type)
        .containsExactly("cart.item_added");
  }

  @Test
  void keepsTheOrderOfEveryAggregatesEvents() {
    UUID busy = UUID.randomUUID();
    UUID quiet = UUID.randomUUID();
    events().append("Product", busy, new StockInitialized(busy, StockLevels.of(0, 0), 0));
    events().append("Product", quiet, new StockInitialized(quiet, StockLevels.of(0, 0), 0));
    for (int i = 1; i <= 30; i++) {
      events().append("Product", busy, DomainEvents.restocked(busy, 1, i));
      if (i % 3 == 0) {
        events().append("Product", quiet, DomainEvents.restocked(quiet, 1, i / 3));
      }
    }

    List<Read> records =
        topics.awaitRecords(topic(IntegrationTopic.INVENTORY_EVENTS), of(busy), 31);

    assertThat(records).extracting(Read::partition).containsOnly(records.get(0).partition());
    assertThat(records)
        .extracting(Read::sequence)
        .containsExactlyElementsOf(IntStream.rangeClosed(0, 30).mapToObj(i -> (long) i).toList());
    assertThat(records)
        .extracting(read -> read.envelope().get("data").get("onHand").asInt())
        .isSorted();
  }

  private EventStoreWriter events() {
    return new EventStoreWriter(eventStore);
  }

  private static String topic(IntegrationTopic topic) {
    return PREFIX + topic.topicName();
  }

  private static Predicate<Read> of(UUID aggregate) {
    return read -> aggregate.toString().equals(read.key());
  }
}
