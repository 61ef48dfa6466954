package io.eventmart.platform;

import static io.eventmart.contracts.order.OrderStatus.CANCELLED;
import static io.eventmart.contracts.order.OrderStatus.CONFIRMED;
import static io.eventmart.contracts.order.OrderStatus.FAILED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.eventmart.contracts.analytics.AnalyticsQuery.GetSalesSummary;
import io.eventmart.contracts.analytics.AnalyticsQuery.GetTopProducts;
import io.eventmart.contracts.analytics.SalesSummary;
import io.eventmart.contracts.analytics.TopProduct;
import io.eventmart.contracts.common.PageRequest;
import io.eventmart.contracts.order.CancelledBy;
import io.eventmart.contracts.order.OrderCommand.CancelOrder;
import io.eventmart.contracts.order.OrderStatus;
import io.eventmart.contracts.order.query.OrderQuery.FindOrder;
import io.eventmart.contracts.order.query.OrderView;
import io.eventmart.contracts.payment.PaymentStatus;
import io.eventmart.contracts.payment.query.PaymentQuery.FindPaymentForOrder;
import io.eventmart.contracts.payment.query.PaymentView;
import io.eventmart.contracts.product.query.ProductQuery.FindProduct;
import io.eventmart.contracts.product.query.ProductView;
import io.eventmart.contracts.search.SearchFacets.ValueCount;
import io.eventmart.contracts.search.SearchHit;
import io.eventmart.contracts.search.SearchQuery.SearchProducts;
import io.eventmart.contracts.search.SearchResult;
import io.eventmart.contracts.search.SearchSort;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Orders flow from commands into every read model — the catalog (PostgreSQL), search
 * (Elasticsearch) and analytics (through Kafka) — and the analytics figures are exactly what the
 * orders imply.
 */
@PlatformTest
class ReadSideFlowIT {

  private static final Duration READ_MODELS = Duration.ofSeconds(90);

  @DynamicPropertySource
  static void servers(DynamicPropertyRegistry registry) {
    PlatformServers.register(registry, "platform_read_side");
  }

  @Autowired Shop shop;
  @Autowired QueryGateway queries;

  @Test
  void feedsCatalogSearchAndAnalyticsWithWhatTheOrdersImply() {
    Instant start = Instant.now().minusSeconds(5);
    var kettle = shop.product("Electric Kettle", "40.00", 10);
    var mug = shop.product("Enamel Mug", "10.00", 10);
    var lamp = shop.product("Desk Lamp", "25.00", 1);

    UUID a = shop.order("tok_visa", kettle.line(2), mug.line(1)); // 90.00, confirmed
    UUID b = shop.order("tok_mastercard", lamp.line(1)); // 25.00, confirmed: the last lamp
    shop.awaitOrder(a, CONFIRMED);
    shop.awaitOrder(b, CONFIRMED);
    UUID c = shop.order("tok_declined", mug.line(3)); // declined
    UUID d = shop.order("tok_visa", lamp.line(1)); // out of stock
    UUID e = shop.order("tok_visa", mug.line(2)); // 20.00, confirmed, then cancelled
    shop.awaitOrder(c, FAILED);
    shop.awaitOrder(d, FAILED);
    shop.awaitOrder(e, CONFIRMED);
    shop.send(new CancelOrder(e, CancelledBy.CUSTOMER, "changed my mind"));
    shop.awaitOrder(e, CANCELLED);
    shop.awaitPayment(e, PaymentStatus.REFUNDED);

    // catalog: orders with their history, payments, stock
    await().atMost(READ_MODELS).until(() -> orderStatus(e).filter(s -> s == CANCELLED).isPresent());
    OrderView cancelled = order(e).orElseThrow();
    assertThat(cancelled.history())
        .extracting(change -> change.status())
        .containsExactly(OrderStatus.PENDING, CONFIRMED, CANCELLED);
    assertThat(cancelled.total()).isEqualByComparingTo("20.00");
    await().atMost(READ_MODELS).until(() -> orderStatus(d).filter(s -> s == FAILED).isPresent());
    await()
        .atMost(READ_MODELS)
        .until(() -> payment(e).map(PaymentView::status).orElse(null) == PaymentStatus.REFUNDED);
    assertThat(payment(e).orElseThrow().refundedAmount()).isEqualByComparingTo("20.00");
    await()
        .atMost(READ_MODELS)
        .until(() -> product(lamp.id()).map(ProductView::availableStock).orElse(-1) == 0);
    await()
        .atMost(READ_MODELS)
        .until(() -> product(mug.id()).map(ProductView::availableStock).orElse(-1) == 9);

    // search: typo tolerant, stock-aware, facets
    await()
        .atMost(READ_MODELS)
        .untilAsserted(
            () ->
                assertThat(search("kettel", null).items())
                    .extracting(SearchHit::productId)
                    .containsExactly(kettle.id()));
    await()
        .atMost(READ_MODELS)
        .untilAsserted(
            () ->
                assertThat(search("", true).items())
                    .extracting(SearchHit::productId)
                    .containsExactlyInAnyOrder(kettle.id(), mug.id()));
    assertThat(search("", null).facets().categories())
        .containsExactly(new ValueCount("testing", 3));

    // analytics, through Kafka: exactly the figures of orders a to e
    await()
        .atMost(READ_MODELS)
        .untilAsserted(
            () -> {
              SalesSummary summary = summary(start);
              assertThat(summary.ordersPlaced()).isEqualTo(5);
              assertThat(summary.ordersConfirmed()).isEqualTo(3);
              assertThat(summary.ordersCancelled()).isEqualTo(1);
              assertThat(summary.ordersFailed()).isEqualTo(2);
              assertThat(summary.refunded()).isEqualByComparingTo("20.00");
            });
    SalesSummary summary = summary(start);
    assertThat(summary.failuresByReason())
        .isEqualTo(Map.of("PAYMENT_DECLINED", 1L, "OUT_OF_STOCK", 1L));
    assertThat(summary.grossRevenue()).isEqualByComparingTo("135.00");
    assertThat(summary.netRevenue()).isEqualByComparingTo("115.00");
    assertThat(summary.averageOrderValue()).isEqualByComparingTo("45.00");
    assertThat(summary.unitsSold()).isEqualTo(2 + 1 + 1 + 2);
    assertThat(summary.conversionRate()).isEqualTo(3.0 / 5);
    assertThat(summary.paymentDeclineRate()).isEqualTo(1.0 / 4);

    List<TopProduct> top =
        queries
            .query(
                new GetTopProducts(start, Instant.now().plusSeconds(60), 3, "EUR"),
                ResponseTypes.multipleInstancesOf(TopProduct.class))
            .join();
    assertThat(top)
        .extracting(TopProduct::productId, TopProduct::units, p -> p.revenue().setScale(2))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(mug.id(), 3L, new BigDecimal("30.00")),
            org.assertj.core.groups.Tuple.tuple(kettle.id(), 2L, new BigDecimal("80.00")),
            org.assertj.core.groups.Tuple.tuple(lamp.id(), 1L, new BigDecimal("25.00")));
  }

  private Optional<OrderView> order(UUID orderId) {
    return queries
        .query(new FindOrder(orderId), ResponseTypes.optionalInstanceOf(OrderView.class))
        .join();
  }

  private Optional<OrderStatus> orderStatus(UUID orderId) {
    return order(orderId).map(OrderView::status);
  }

  private Optional<PaymentView> payment(UUID orderId) {
    return queries
        .query(
            new FindPaymentForOrder(orderId), ResponseTypes.optionalInstanceOf(PaymentView.class))
        .join();
  }

  private Optional<ProductView> product(UUID productId) {
    return queries
        .query(new FindProduct(productId), ResponseTypes.optionalInstanceOf(ProductView.class))
        .join();
  }

  private SearchResult search(String text, Boolean inStock) {
    return queries
        .query(
            new SearchProducts(
                text, null, null, null, inStock, SearchSort.RELEVANCE, PageRequest.first(20)),
            ResponseTypes.instanceOf(SearchResult.class))
        .join();
  }

  private SalesSummary summary(Instant from) {
    return queries
        .query(
            new GetSalesSummary(from, Instant.now().plusSeconds(60), "EUR"),
            ResponseTypes.instanceOf(SalesSummary.class))
        .join();
  }
}
