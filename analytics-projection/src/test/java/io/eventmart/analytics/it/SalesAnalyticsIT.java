package io.eventmart.analytics.it;

import static io.eventmart.analytics.testdata.Shop.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.eventmart.analytics.operations.AnalyticsProjection;
import io.eventmart.analytics.testdata.Analytics;
import io.eventmart.analytics.testdata.Shop;
import io.eventmart.analytics.testdata.Shop.Line;
import io.eventmart.contracts.analytics.AnalyticsQuery.WatchSalesSummary;
import io.eventmart.contracts.analytics.BucketSize;
import io.eventmart.contracts.analytics.SalesBucket;
import io.eventmart.contracts.analytics.SalesSummary;
import io.eventmart.contracts.analytics.TopProduct;
import io.eventmart.testsupport.TestKafka;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Given integration events on the topics, then the sales figures, exactly: one day of a shop's
 * orders in two currencies, with orders placed the day before and confirmed the day after.
 */
@SpringBootTest(
    classes = AnalyticsTestApplication.class,
    properties = {
      "axon.axonserver.enabled=false",
      "eventmart.analytics.commit-interval=200ms",
      "eventmart.analytics.live-update-interval=200ms"
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SalesAnalyticsIT {

  private static final AnalyticsServers SERVERS = new AnalyticsServers();
  private static final Duration WAIT = Duration.ofSeconds(30);

  private static final Instant DAY = Instant.parse("2026-03-02T00:00:00Z");
  private static final Instant NEXT_DAY = Instant.parse("2026-03-03T00:00:00Z");

  private static final UUID KETTLE = UUID.randomUUID();
  private static final UUID MUG = UUID.randomUUID();
  private static final UUID LAMP = UUID.randomUUID();

  @DynamicPropertySource
  static void servers(DynamicPropertyRegistry registry) {
    SERVERS.register(registry, "sales_analytics");
  }

  @Autowired QueryGateway queryGateway;
  @Autowired AnalyticsProjection projection;
  @Autowired JdbcTemplate jdbc;

  private final Shop shop = new Shop(TestKafka.bootstrapServers(), SERVERS.prefix);
  private final UUID o1 = UUID.randomUUID();

  private Analytics analytics;

  /** One day of the shop, as the relay would have published it. */
  @BeforeAll
  void givenADayOfTheShop() {
    analytics = new Analytics(queryGateway);
    shop.registerProduct(KETTLE, "Kettle", "20.00", at("2026-03-01T08:00:00Z"));
    shop.registerProduct(MUG, "Mug", "5.00", at("2026-03-01T08:00:00Z"));
    shop.registerProduct(LAMP, "Lamp", "30.00", at("2026-03-01T08:00:00Z"));
    shop.renameProduct(KETTLE, "Kettle Pro", at("2026-03-01T09:00:00Z"));

    // Confirmed in the window, paid.
    placeAndPay(o1, "09:00:00", "09:04:00", "EUR", line(KETTLE, "Kettle", 2, "20.00"), mugs(1));
    shop.confirmOrder(o1, at("2026-03-02T09:05:00Z"));
    // Payment declined, so the order failed.
    UUID o2 = UUID.randomUUID();
    shop.placeOrder(o2, at("2026-03-02T10:00:00Z"), "EUR", mugs(4));
    shop.requestPayment(o2, at("2026-03-02T10:01:00Z"));
    shop.declinePayment(o2, at("2026-03-02T10:02:00Z"));
    shop.failOrder(o2, at("2026-03-02T10:03:00Z"), "PAYMENT_DECLINED");
    // Confirmed, then cancelled and refunded.
    UUID o3 = UUID.randomUUID();
    placeAndPay(o3, "11:30:00", "11:30:30", "EUR", line(LAMP, "Lamp", 1, "30.00"));
    shop.confirmOrder(o3, at("2026-03-02T11:31:00Z"));
    shop.cancelOrder(o3, at("2026-03-02T15:00:00Z"), "CONFIRMED");
    shop.refund(o3, at("2026-03-02T15:01:00Z"), "30.00");
    // Placed the day before, confirmed in the window.
    UUID o4 = UUID.randomUUID();
    shop.placeOrder(o4, at("2026-03-01T23:50:00Z"), "EUR", line(KETTLE, "Kettle", 1, "20.00"));
    shop.requestPayment(o4, at("2026-03-01T23:51:00Z"));
    shop.completePayment(o4, at("2026-03-02T00:09:00Z"));
    shop.confirmOrder(o4, at("2026-03-02T00:10:00Z"));
    // Out of stock.
    UUID o5 = UUID.randomUUID();
    shop.placeOrder(o5, at("2026-03-02T12:00:00Z"), "EUR", line(KETTLE, "Kettle", 1, "20.00"));
    shop.failOrder(o5, at("2026-03-02T12:05:00Z"), "OUT_OF_STOCK");
    // Another currency.
    UUID o6 = UUID.randomUUID();
    placeAndPay(o6, "13:00:00", "13:00:30", "USD", line(MUG, "Mug", 1, "5.00"));
    shop.confirmOrder(o6, at("2026-03-02T13:01:00Z"));
    // Placed in the window, confirmed after it.
    UUID o7 = UUID.randomUUID();
    shop.placeOrder(o7, at("2026-03-02T23:59:00Z"), "EUR", mugs(1));
    shop.requestPayment(o7, at("2026-03-02T23:59:30Z"));
    shop.completePayment(o7, at("2026-03-03T00:00:30Z"));
    shop.confirmOrder(o7, at("2026-03-03T00:01:00Z"));

    awaitEverythingConsumed();
  }

  @AfterAll
  void closeShop() {
    shop.close();
  }

  @Test
  void summarisesWhatHappenedInTheWindowInOneCurrency() {
    assertThat(analytics.summary(DAY, NEXT_DAY, "EUR"))
        .isEqualTo(
            new SalesSummary(
                DAY,
                NEXT_DAY,
                "EUR",
                5,
                3,
                1,
                2,
                Map.of("PAYMENT_DECLINED", 1L, "OUT_OF_STOCK", 1L),
                new BigDecimal("95.00"),
                new BigDecimal("30.00"),
                new BigDecimal("65.00"),
                new BigDecimal("31.67"),
                5,
                0.6,
                0.25));
  }

  @Test
  void keepsEveryCurrencyToItself() {
    SalesSummary dollars = analytics.summary(DAY, NEXT_DAY, "USD");

    assertThat(dollars.ordersPlaced()).isEqualTo(1);
    assertThat(dollars.ordersConfirmed()).isEqualTo(1);
    assertThat(dollars.grossRevenue()).isEqualByComparingTo("5.00");
    assertThat(dollars.paymentDeclineRate()).isZero();
  }

  @Test
  void answersAWindowWithoutSalesWithZeros() {
    SalesSummary quiet =
        analytics.summary(at("2026-01-01T00:00:00Z"), at("2026-01-02T00:00:00Z"), "EUR");

    assertThat(quiet.ordersPlaced()).isZero();
    assertThat(quiet.grossRevenue()).isEqualTo(new BigDecimal("0.00"));
    assertThat(quiet.averageOrderValue()).isEqualTo(new BigDecimal("0.00"));
    assertThat(quiet.conversionRate()).isZero();
    assertThat(quiet.failuresByReason()).isEmpty();
  }

  @Test
  void bucketsTheConfirmedSalesByHourIncludingTheEmptyHours() {
    List<SalesBucket> hours = analytics.salesOverTime(DAY, NEXT_DAY, BucketSize.HOUR, "EUR");

    assertThat(hours).hasSize(24);
    assertThat(hours.get(0)).isEqualTo(bucket("2026-03-02T00:00:00Z", 1, 1, "20.00"));
    assertThat(hours.get(9)).isEqualTo(bucket("2026-03-02T09:00:00Z", 1, 3, "45.00"));
    assertThat(hours.get(11)).isEqualTo(bucket("2026-03-02T11:00:00Z", 1, 1, "30.00"));
    assertThat(hours.get(10)).isEqualTo(bucket("2026-03-02T10:00:00Z", 0, 0, "0.00"));
    assertThat(hours.stream().mapToLong(SalesBucket::orders).sum()).isEqualTo(3);
  }

  @Test
  void bucketsByDayFromTheStartOfTheDayTheWindowBeginsIn() {
    List<SalesBucket> days =
        analytics.salesOverTime(
            at("2026-03-01T12:00:00Z"), at("2026-03-03T12:00:00Z"), BucketSize.DAY, "EUR");

    assertThat(days)
        .containsExactly(
            bucket("2026-03-01T00:00:00Z", 0, 0, "0.00"),
            bucket("2026-03-02T00:00:00Z", 3, 5, "95.00"),
            bucket("2026-03-03T00:00:00Z", 1, 1, "5.00"));
  }

  @Test
  void bucketsByMinute() {
    List<SalesBucket> minutes =
        analytics.salesOverTime(
            at("2026-03-02T09:00:00Z"), at("2026-03-02T09:10:00Z"), BucketSize.MINUTE, "EUR");

    assertThat(minutes).hasSize(10);
    assertThat(minutes.get(5)).isEqualTo(bucket("2026-03-02T09:05:00Z", 1, 3, "45.00"));
    assertThat(minutes.stream().filter(minute -> minute.orders() > 0)).hasSize(1);
  }

  @Test
  void ranksTheBestSellersByUnitsThenRevenueUnderTheirCurrentName() {
    assertThat(analytics.topProducts(DAY, NEXT_DAY, 10, "EUR"))
        .containsExactly(
            new TopProduct(KETTLE, "Kettle Pro", 3, new BigDecimal("60.00")),
            new TopProduct(LAMP, "Lamp", 1, new BigDecimal("30.00")),
            new TopProduct(MUG, "Mug", 1, new BigDecimal("5.00")));
    assertThat(analytics.topProducts(DAY, NEXT_DAY, 2, "EUR"))
        .extracting(TopProduct::productId)
        .containsExactly(KETTLE, LAMP);
  }

  @Test
  void countsNothingTwiceWhenEventsAreDeliveredAgain() {
    UUID order = UUID.randomUUID();
    Instant from = at("2026-04-01T00:00:00Z");
    Instant to = at("2026-04-02T00:00:00Z");
    Shop.Sent placed = shop.placeOrder(order, at("2026-04-01T10:00:00Z"), "EUR", mugs(2));
    Shop.Sent confirmed = shop.confirmOrder(order, at("2026-04-01T10:05:00Z"));
    await().atMost(WAIT).until(() -> analytics.summary(from, to, "EUR").ordersConfirmed() == 1);
    long applied = appliedEvents();

    shop.deliverAgain(placed);
    shop.deliverAgain(confirmed);
    shop.deliverAgain(placed);
    shop.startProcessing(order, at("2026-04-01T11:00:00Z"));
    await().atMost(WAIT).until(() -> "PROCESSING".equals(statusOf(order)));

    SalesSummary summary = analytics.summary(from, to, "EUR");
    assertThat(summary.ordersPlaced()).isEqualTo(1);
    assertThat(summary.ordersConfirmed()).isEqualTo(1);
    assertThat(summary.grossRevenue()).isEqualByComparingTo("10.00");
    assertThat(summary.unitsSold()).isEqualTo(2);
    assertThat(appliedEvents()).isEqualTo(applied + 1);
  }

  @Test
  void keepsWatchersOfAWindowUpToDate() {
    Instant from = at("2026-05-01T00:00:00Z");
    Instant to = at("2026-05-02T00:00:00Z");
    var subscription =
        queryGateway.subscriptionQuery(
            new WatchSalesSummary(from, to, "EUR"), SalesSummary.class, SalesSummary.class);
    List<SalesSummary> updates = new CopyOnWriteArrayList<>();
    try {
      SalesSummary initial = subscription.initialResult().block(WAIT);
      assertThat(initial).isNotNull();
      assertThat(initial.ordersPlaced()).isZero();
      subscription.updates().subscribe(updates::add);

      UUID order = UUID.randomUUID();
      shop.placeOrder(order, at("2026-05-01T08:00:00Z"), "EUR", mugs(1));
      await().atMost(WAIT).until(() -> updates.stream().anyMatch(s -> s.ordersPlaced() == 1));
      shop.confirmOrder(order, at("2026-05-01T08:01:00Z"));

      await().atMost(WAIT).until(() -> updates.stream().anyMatch(s -> s.ordersConfirmed() == 1));
      assertThat(updates.get(updates.size() - 1).grossRevenue()).isEqualByComparingTo("5.00");
      assertThat(updates).allSatisfy(update -> assertThat(update.from()).isEqualTo(from));
    } finally {
      subscription.close();
    }
  }

  /** Places an order on the day and captures its payment, both at the given times of day. */
  private void placeAndPay(UUID order, String placed, String paid, String currency, Line... lines) {
    Instant placedAt = at("2026-03-02T" + placed + "Z");
    shop.placeOrder(order, placedAt, currency, lines);
    shop.requestPayment(order, placedAt);
    shop.completePayment(order, at("2026-03-02T" + paid + "Z"));
  }

  private void awaitEverythingConsumed() {
    await()
        .atMost(WAIT)
        .until(
            () -> {
              var status = projection.status();
              return status.position() > 0 && status.lagEvents() == 0;
            });
  }

  private long appliedEvents() {
    return jdbc.queryForObject("SELECT count(*) FROM analytics.processed_event", Long.class);
  }

  private String statusOf(UUID order) {
    return jdbc
        .queryForList("SELECT status FROM analytics.orders WHERE order_id = ?", String.class, order)
        .stream()
        .findFirst()
        .orElse(null);
  }

  private static Line mugs(int quantity) {
    return line(MUG, "Mug", quantity, "5.00");
  }

  private static SalesBucket bucket(String start, long orders, long units, String revenue) {
    return new SalesBucket(Instant.parse(start), orders, units, new BigDecimal(revenue));
  }

  private static Instant at(String instant) {
    return Instant.parse(instant);
  }
}
