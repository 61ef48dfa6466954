package io.eventmart.analytics.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.eventmart.analytics.testdata.Analytics;
import io.eventmart.contracts.analytics.LowStockItem;
import io.eventmart.contracts.analytics.SalesSummary;
import io.eventmart.contracts.analytics.TopProduct;
import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.common.ShippingAddress;
import io.eventmart.contracts.order.OrderEvent.OrderConfirmed;
import io.eventmart.contracts.order.OrderEvent.OrderPlaced;
import io.eventmart.contracts.order.OrderLine;
import io.eventmart.contracts.payment.PaymentEvent.PaymentCaptured;
import io.eventmart.contracts.payment.PaymentEvent.PaymentRequested;
import io.eventmart.contracts.payment.PaymentIds;
import io.eventmart.contracts.product.ProductEvent.ProductRegistered;
import io.eventmart.contracts.product.StockEvent.LowStockDetected;
import io.eventmart.contracts.product.StockEvent.StockInitialized;
import io.eventmart.contracts.product.StockEvent.StockReserved;
import io.eventmart.contracts.product.StockLevels;
import io.eventmart.testsupport.TestKafka;
import io.eventmart.testsupport.TestPostgres;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Both sides of the integration contract in one application, as in the platform: domain events in
 * the event store, published by the relay (which creates the topics analytics waits for), consumed
 * into the analytics model. What the relay writes is what analytics reads.
 */
@SpringBootTest(
    classes = AnalyticsTestApplication.class,
    properties = {"axon.axonserver.enabled=false", "eventmart.analytics.commit-interval=200ms"})
class RelayToAnalyticsIT {

  private static final String PREFIX = "relay-to-analytics-it-" + UUID.randomUUID() + "-";
  private static final Duration WAIT = Duration.ofSeconds(60);

  @DynamicPropertySource
  static void servers(DynamicPropertyRegistry registry) {
    TestPostgres.freshDatabase("relay_to_analytics").registerAsDataSource(registry);
    registry.add("eventmart.kafka.bootstrap-servers", TestKafka::bootstrapServers);
    registry.add("eventmart.kafka.topic-prefix", () -> PREFIX);
    registry.add("eventmart.analytics.group-id", () -> PREFIX + "group");
  }

  @Autowired EventStore eventStore;
  @Autowired QueryGateway queryGateway;

  @Test
  void turnsTheDomainEventsOfTheEventStoreIntoSalesAndStockFigures() {
    UUID kettle = UUID.randomUUID();
    UUID order = UUID.randomUUID();
    UUID customer = UUID.randomUUID();
    UUID payment = PaymentIds.forOrder(order);
    Money price = Money.of("24.50", "EUR");
    Money total = Money.of("49.00", "EUR");
    store(
        "Product",
        kettle,
        new ProductRegistered(kettle, "KET-" + kettle, "Kettle", "Boils water", "Kitchen", price),
        new StockInitialized(kettle, StockLevels.of(3, 0), 2),
        new StockReserved(kettle, order, 2, StockLevels.of(3, 2)),
        new LowStockDetected(kettle, 1, 2));
    store(
        "Order",
        order,
        new OrderPlaced(
            order,
            customer,
            List.of(new OrderLine(kettle, "Kettle", 2, price)),
            total,
            new ShippingAddress("Ada", "1 Way", "London", "N1", "GB"),
            "card",
            "key-1"));
    store(
        "Payment",
        payment,
        new PaymentRequested(payment, order, customer, total, "card"),
        new PaymentCaptured(payment, order, total, "gw-1"));
    store("Order", order, new OrderConfirmed(order, payment));

    Analytics analytics = new Analytics(queryGateway);
    Instant from = Instant.now().minus(Duration.ofHours(1));
    Instant to = Instant.now().plus(Duration.ofHours(1));
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              SalesSummary summary = analytics.summary(from, to, "EUR");
              assertThat(summary.ordersPlaced()).isEqualTo(1);
              assertThat(summary.ordersConfirmed()).isEqualTo(1);
              assertThat(summary.grossRevenue()).isEqualTo(new BigDecimal("49.00"));
              assertThat(summary.unitsSold()).isEqualTo(2);
              assertThat(summary.paymentDeclineRate()).isZero();
            });
    assertThat(analytics.topProducts(from, to, 5, "EUR"))
        .containsExactly(new TopProduct(kettle, "Kettle", 2, new BigDecimal("49.00")));
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                assertThat(analytics.lowStock())
                    .singleElement()
                    .extracting(
                        LowStockItem::productId, LowStockItem::name, LowStockItem::available)
                    .containsExactly(kettle, "Kettle", 1));
  }

  private void store(String type, UUID aggregateId, Object... payloads) {
    String id = aggregateId.toString();
    long next = eventStore.lastSequenceNumberFor(id).map(last -> last + 1).orElse(0L);
    for (Object payload : payloads) {
      eventStore.publish(
          new GenericDomainEventMessage<>(
              type, id, next++, payload, MetaData.with("correlationId", "request-" + id)));
    }
  }
}
