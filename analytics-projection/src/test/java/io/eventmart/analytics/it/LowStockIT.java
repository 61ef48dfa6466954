package io.eventmart.analytics.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.eventmart.analytics.testdata.Analytics;
import io.eventmart.analytics.testdata.Shop;
import io.eventmart.contracts.analytics.LowStockItem;
import io.eventmart.testsupport.TestKafka;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Given product and inventory events, then the products running low, and since when. */
@SpringBootTest(
    classes = AnalyticsTestApplication.class,
    properties = {"axon.axonserver.enabled=false", "eventmart.analytics.commit-interval=200ms"})
class LowStockIT {

  private static final AnalyticsServers SERVERS = new AnalyticsServers();
  private static final Duration WAIT = Duration.ofSeconds(30);

  @DynamicPropertySource
  static void servers(DynamicPropertyRegistry registry) {
    SERVERS.register(registry, "low_stock");
  }

  @Autowired QueryGateway queryGateway;

  private final Shop shop = new Shop(TestKafka.bootstrapServers(), SERVERS.prefix);

  @AfterEach
  void closeShop() {
    shop.close();
  }

  @Test
  void listsTheProductsBelowTheirThresholdLowestFirstWithNameAndSinceWhen() {
    UUID kettle = UUID.randomUUID();
    UUID lamp = UUID.randomUUID();
    UUID plenty = UUID.randomUUID();
    shop.registerProduct(kettle, "Kettle", "20.00", at("2026-06-01T08:00:00Z"));
    shop.registerProduct(lamp, "Lamp", "30.00", at("2026-06-01T08:00:00Z"));
    shop.registerProduct(plenty, "Spoon", "1.00", at("2026-06-01T08:00:00Z"));
    shop.openStock(kettle, at("2026-06-01T08:00:00Z"), 10, 5);
    shop.openStock(lamp, at("2026-06-01T08:00:00Z"), 2, 3);
    shop.lowStock(lamp, at("2026-06-01T08:00:00Z"), 2, 3);
    shop.openStock(plenty, at("2026-06-01T08:00:00Z"), 100, 5);
    shop.reserve(kettle, at("2026-06-02T10:00:00Z"), 7, 10, 7);
    shop.lowStock(kettle, at("2026-06-02T10:00:00Z"), 3, 5);
    shop.reserve(plenty, at("2026-06-02T11:00:00Z"), 10, 100, 10);

    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                assertThat(analytics().lowStock())
                    .containsExactly(
                        new LowStockItem(lamp, "Lamp", 2, 3, at("2026-06-01T08:00:00Z")),
                        new LowStockItem(kettle, "Kettle", 3, 5, at("2026-06-02T10:00:00Z"))));
  }

  @Test
  void dropsAProductOnceItIsRestockedOrDiscontinued() {
    UUID restocked = UUID.randomUUID();
    UUID discontinued = UUID.randomUUID();
    shop.registerProduct(restocked, "Chair", "50.00", at("2026-06-01T08:00:00Z"));
    shop.registerProduct(discontinued, "Stool", "40.00", at("2026-06-01T08:00:00Z"));
    shop.openStock(restocked, at("2026-06-01T08:00:00Z"), 1, 2);
    shop.lowStock(restocked, at("2026-06-01T08:00:00Z"), 1, 2);
    shop.openStock(discontinued, at("2026-06-01T08:00:00Z"), 0, 2);
    shop.lowStock(discontinued, at("2026-06-01T08:00:00Z"), 0, 2);
    await()
        .atMost(WAIT)
        .until(
            () ->
                analytics().lowStock().stream()
                    .map(LowStockItem::productId)
                    .toList()
                    .containsAll(List.of(restocked, discontinued)));

    shop.restock(restocked, at("2026-06-03T08:00:00Z"), 9, 10, 0);
    shop.lowStockResolved(restocked, at("2026-06-03T08:00:00Z"), 10, 2);
    shop.discontinueProduct(discontinued, at("2026-06-03T09:00:00Z"));

    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                assertThat(analytics().lowStock())
                    .extracting(LowStockItem::productId)
                    .doesNotContain(restocked, discontinued));
  }

  private Analytics analytics() {
    return new Analytics(queryGateway);
  }

  private static Instant at(String instant) {
    return Instant.parse(instant);
  }
}
