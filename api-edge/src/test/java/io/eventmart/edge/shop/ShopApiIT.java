package io.eventmart.edge.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.eventmart.contracts.analytics.AnalyticsQuery.GetSalesOverTime;
import io.eventmart.contracts.analytics.SalesBucket;
import io.eventmart.contracts.common.PageRequest;
import io.eventmart.contracts.common.ShippingAddress;
import io.eventmart.contracts.order.OrderStatus;
import io.eventmart.contracts.order.query.OrderPage;
import io.eventmart.contracts.order.query.OrderQuery.FindOrder;
import io.eventmart.contracts.order.query.OrderQuery.FindOrders;
import io.eventmart.contracts.order.query.OrderQuery.WatchOrders;
import io.eventmart.contracts.order.query.OrderStatusUpdate;
import io.eventmart.contracts.order.query.OrderView;
import io.eventmart.contracts.product.ProductStatus;
import io.eventmart.contracts.product.query.OrderableProduct;
import io.eventmart.contracts.product.query.ProductPage;
import io.eventmart.contracts.product.query.ProductQuery.FindProducts;
import io.eventmart.contracts.product.query.ProductQuery.FindProductsForOrdering;
import io.eventmart.contracts.product.query.ProductView;
import io.eventmart.edge.it.EdgeAccounts;
import io.eventmart.testsupport.TestPostgres;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.test.StepVerifier;

/**
 * The shop API of the edge alone, over real HTTP, with stand-ins for the platform's query handlers:
 * what the edge itself decides — validation, paging, ownership, CSV, stream plumbing, the OpenAPI
 * description — without the rest of the platform.
 */
@SpringBootTest(
    classes = ShopApiIT.EdgeWithStandIns.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"axon.axonserver.enabled=false", "eventmart.edge.heartbeat=200ms"})
class ShopApiIT {

  private static final UUID SOMEBODY_ELSE = UUID.fromString("5e4d3c2b-1a09-4f8e-9d7c-6b5a49382716");
  private static final UUID ORDER_OF_SOMEBODY_ELSE =
      UUID.fromString("6f5e4d3c-2b1a-4098-8e7d-6c5b4a392817");

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.freshDatabase("edge_shop").registerAsDataSource(registry);
  }

  @LocalServerPort int port;
  @Autowired StandInHandlers standIns;
  @Autowired QueryUpdateEmitter updates;
  private WebTestClient http;
  private EdgeAccounts accounts;

  @BeforeEach
  void client() {
    http =
        WebTestClient.bindToServer()
            .baseUrl("http://localhost:" + port)
            .responseTimeout(Duration.ofSeconds(30))
            .build();
    accounts = new EdgeAccounts(http);
  }

  @Test
  void refusesInvalidPagingSortingAndPriceFiltersWithFieldErrors() {
    expectInvalid("/api/products?size=0", "size");
    expectInvalid("/api/products?size=101", "size");
    expectInvalid("/api/products?page=-1", "page");
    expectInvalid("/api/products?sort=cheapest", "sort");
    expectInvalid("/api/products?minPrice=10&maxPrice=5", "minPrice");
    expectInvalid("/api/search?sort=name", "sort");
    expectInvalid("/api/search/suggestions", "q");
  }

  @Test
  void passesPagingAndSortingToTheCatalogAndAnswersAPage() {
    http.get()
        .uri("/api/products?page=2&size=5&sort=PRICE_desc&category=Books&inStock=true")
        .accept(MediaType.ALL)
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .contentType(MediaType.APPLICATION_JSON)
        .expectBody()
        .jsonPath("$.page")
        .isEqualTo(2)
        .jsonPath("$.size")
        .isEqualTo(5)
        .jsonPath("$.totalItems")
        .isEqualTo(11)
        .jsonPath("$.items[0].name")
        .isEqualTo("Domain-Driven Design")
        .jsonPath("$.items[0].availableStock")
        .isEqualTo(7)
        .jsonPath("$.items[0].price")
        .isEqualTo(54.90);

    assertThat(standIns.lastProducts.category()).isEqualTo("Books");
    assertThat(standIns.lastProducts.inStock()).isTrue();
    assertThat(standIns.lastProducts.page()).isEqualTo(new PageRequest(2, 5));
  }

  @Test
  void explainsEveryInvalidPartOfAnOrder() {
    String customer = accounts.customerToken();
    Map<String, Object> address = address();
    Map<String, Object> card = Map.of("type", "card", "token", "tok_visa");

    placeOrder(
            customer, Map.of("items", List.of(), "shippingAddress", address, "paymentMethod", card))
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[?(@.field == 'items')]")
        .exists();
    placeOrder(
            customer,
            Map.of(
                "items",
                List.of(Map.of("productId", UUID.randomUUID(), "quantity", 0)),
                "shippingAddress",
                address,
                "paymentMethod",
                Map.of("type", "cash", "token", "tok_visa")))
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[?(@.field == 'items[0].quantity')]")
        .exists()
        .jsonPath("$.errors[?(@.field == 'paymentMethod.type')]")
        .exists();
    List<Map<String, Object>> tooMany =
        IntStream.range(0, 101)
            .mapToObj(i -> Map.<String, Object>of("productId", UUID.randomUUID(), "quantity", 1))
            .toList();
    placeOrder(
            customer, Map.of("items", tooMany, "shippingAddress", address, "paymentMethod", card))
        .expectStatus()
        .isBadRequest();
    placeOrder(
            customer,
            Map.of("items", List.of(Map.of("productId", UUID.randomUUID(), "quantity", 1))))
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[?(@.field == 'shippingAddress')]")
        .exists();
  }

  @Test
  void refusesAnOrderOfUnknownProductsWith422() {
    UUID unknown = UUID.randomUUID();

    placeOrder(
            accounts.customerToken(),
            Map.of(
                "items",
                List.of(Map.of("productId", unknown, "quantity", 1)),
                "shippingAddress",
                address(),
                "paymentMethod",
                Map.of("type", "card", "token", "tok_visa")))
        .expectStatus()
        .isEqualTo(422)
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.code")
        .isEqualTo("order.unknown-product")
        .jsonPath("$.productIds")
        .isEqualTo(unknown.toString());
  }

  @Test
  void answersAnotherCustomersOrderWith404AndListsOnlyTheCallersOwnOrders() {
    String customer = accounts.customerToken();

    http.get()
        .uri("/api/orders/" + ORDER_OF_SOMEBODY_ELSE)
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + customer)
        .exchange()
        .expectStatus()
        .isNotFound()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON);

    http.get()
        .uri("/api/orders?customerId=" + SOMEBODY_ELSE + "&status=CONFIRMED&size=3")
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + customer)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.size")
        .isEqualTo(3)
        .jsonPath("$.items.length()")
        .isEqualTo(0);
    assertThat(standIns.lastOrders.customerId()).isNotEqualTo(SOMEBODY_ELSE).isNotNull();
    assertThat(standIns.lastOrders.status()).isEqualTo(OrderStatus.CONFIRMED);
  }

  @Test
  void answersSalesAsJsonOrAsCsv() {
    String analyst = accounts.tokenWithRole("ANALYST");

    http.get()
        .uri("/api/analytics/sales?bucket=hour")
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + analyst)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$[0].bucketStart")
        .isEqualTo("2026-11-23T10:00:00Z")
        .jsonPath("$[0].revenue")
        .isEqualTo(123.40);

    String csv =
        http.get()
            .uri("/api/analytics/sales?bucket=hour")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + analyst)
            .accept(MediaType.parseMediaType("text/csv"))
            .exchange()
            .expectStatus()
            .isOk()
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.parseMediaType("text/csv"))
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    assertThat(csv)
        .isEqualTo(
            "bucketStart,orders,units,revenue\r\n"
                + "2026-11-23T10:00:00Z,3,7,123.40\r\n"
                + "2026-11-23T11:00:00Z,0,0,0.00\r\n");
  }

  @Test
  void refusesInvalidAnalyticsWindowsWith400() {
    String analyst = accounts.tokenWithRole("ANALYST");

    expectInvalid(
        "/api/analytics/summary?from=2026-11-23T10:00:00Z&to=2026-11-23T09:00:00Z",
        analyst,
        "from");
    expectInvalid(
        "/api/analytics/sales?bucket=minute&from=2025-01-01T00:00:00Z&to=2026-01-01T00:00:00Z",
        analyst,
        "bucket");
    expectInvalid("/api/analytics/sales?bucket=week", analyst, "bucket");
    expectInvalid("/api/analytics/summary?currency=ZZZ", analyst, "currency");
    expectInvalid("/api/analytics/top-products?limit=101", analyst, "limit");
    http.get()
        .uri("/api/analytics/summary?from=yesterday")
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + analyst)
        .exchange()
        .expectStatus()
        .isBadRequest();
    http.get()
        .uri("/api/analytics/sales?bucket=week")
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + analyst)
        .accept(MediaType.parseMediaType("text/csv"))
        .exchange()
        .expectStatus()
        .isBadRequest();
  }

  @Test
  void keepsTheRolesOfTheSecurityTable() {
    String customer = accounts.customerToken();

    http.get().uri("/api/cart").exchange().expectStatus().isUnauthorized();
    http.get()
        .uri("/api/analytics/summary")
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + customer)
        .exchange()
        .expectStatus()
        .isForbidden();
    http.get()
        .uri("/api/admin/projections")
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + customer)
        .exchange()
        .expectStatus()
        .isForbidden();
    http.post()
        .uri("/api/products")
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + customer)
        .bodyValue(Map.of("sku", "X"))
        .exchange()
        .expectStatus()
        .isForbidden();
  }

  @Test
  void refusesAMalformedLastEventIdBeforeStreaming() {
    http.get()
        .uri("/api/orders/" + ORDER_OF_SOMEBODY_ELSE + "/stream")
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + accounts.customerToken())
        .header("Last-Event-ID", "not-a-number")
        .accept(MediaType.TEXT_EVENT_STREAM)
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("Last-Event-ID");
  }

  @Test
  void sendsAFirstCommentAndHeartbeatsAndClosesTheSubscriptionWhenTheClientLeaves() {
    int before = updates.activeSubscriptions().size();

    var events =
        http.get()
            .uri("/api/orders/stream")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + accounts.customerToken())
            .accept(MediaType.TEXT_EVENT_STREAM)
            .exchange()
            .expectStatus()
            .isOk()
            .returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() {})
            .getResponseBody();
    StepVerifier.create(events)
        .assertNext(first -> assertThat(first.comment()).isEqualTo("connected"))
        .assertNext(beat -> assertThat(beat.comment()).isEqualTo("heartbeat"))
        .assertNext(beat -> assertThat(beat.comment()).isEqualTo("heartbeat"))
        .thenCancel()
        .verify(Duration.ofSeconds(10));

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(updates.activeSubscriptions()).hasSize(before));
  }

  @Test
  void servesSwaggerUiOnTheOpenApiDocument() {
    http.get()
        .uri("/swagger-ui/index.html")
        .accept(MediaType.TEXT_HTML)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(String.class)
        .value(page -> assertThat(page).contains("Swagger UI"));
    http.get()
        .uri("/v3/api-docs/swagger-config")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.url")
        .isEqualTo("/v3/api-docs");
  }

  @Test
  void describesEveryEndpointOfTheShopApi() {
    http.get()
        .uri("/v3/api-docs")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.paths['/api/products'].post")
        .exists()
        .jsonPath("$.paths['/api/products'].get")
        .exists()
        .jsonPath("$.paths['/api/products/{id}'].get")
        .exists()
        .jsonPath("$.paths['/api/products/{id}'].put")
        .exists()
        .jsonPath("$.paths['/api/products/{id}'].delete")
        .exists()
        .jsonPath("$.paths['/api/products/{id}/price'].put")
        .exists()
        .jsonPath("$.paths['/api/categories'].get")
        .exists()
        .jsonPath("$.paths['/api/inventory/{productId}'].get")
        .exists()
        .jsonPath("$.paths['/api/inventory/{productId}'].put")
        .exists()
        .jsonPath("$.paths['/api/inventory/{productId}/restock'].post")
        .exists()
        .jsonPath("$.paths['/api/search'].get")
        .exists()
        .jsonPath("$.paths['/api/search/suggestions'].get")
        .exists()
        .jsonPath("$.paths['/api/cart'].get")
        .exists()
        .jsonPath("$.paths['/api/cart'].delete")
        .exists()
        .jsonPath("$.paths['/api/cart/items'].post")
        .exists()
        .jsonPath("$.paths['/api/cart/items/{productId}'].put")
        .exists()
        .jsonPath("$.paths['/api/cart/items/{productId}'].delete")
        .exists()
        .jsonPath("$.paths['/api/cart/checkout'].post")
        .exists()
        .jsonPath("$.paths['/api/orders'].post")
        .exists()
        .jsonPath("$.paths['/api/orders'].get")
        .exists()
        .jsonPath("$.paths['/api/orders/{id}'].get")
        .exists()
        .jsonPath("$.paths['/api/orders/{id}/cancel'].post")
        .exists()
        .jsonPath("$.paths['/api/orders/{id}/process'].post")
        .exists()
        .jsonPath("$.paths['/api/orders/{id}/ship'].post")
        .exists()
        .jsonPath("$.paths['/api/orders/{id}/deliver'].post")
        .exists()
        .jsonPath("$.paths['/api/orders/{id}/stream'].get")
        .exists()
        .jsonPath("$.paths['/api/orders/stream'].get")
        .exists()
        .jsonPath("$.paths['/api/orders/{id}/payment'].get")
        .exists()
        .jsonPath("$.paths['/api/payments/{id}'].get")
        .exists()
        .jsonPath("$.paths['/api/payments/{id}/refund'].post")
        .exists()
        .jsonPath("$.paths['/api/analytics/summary'].get")
        .exists()
        .jsonPath("$.paths['/api/analytics/sales'].get.responses['200'].content['text/csv']")
        .exists()
        .jsonPath(
            "$.paths['/api/analytics/sales'].get.responses['200'].content['application/json']")
        .exists()
        .jsonPath("$.paths['/api/analytics/top-products'].get")
        .exists()
        .jsonPath("$.paths['/api/analytics/low-stock'].get")
        .exists()
        .jsonPath("$.paths['/api/analytics/stream'].get")
        .exists()
        .jsonPath("$.paths['/api/admin/projections'].get")
        .exists()
        .jsonPath("$.paths['/api/admin/projections/{name}/replay'].post")
        .exists()
        .jsonPath("$.paths['/api/orders'].post.security[0].bearer")
        .exists()
        .jsonPath("$.paths['/api/orders/{id}'].get.parameters[?(@.name == 'user')]")
        .doesNotExist();
  }

  // ------------------------------------------------------------------ helpers

  private void expectInvalid(String uri, String field) {
    expectInvalid(uri, null, field);
  }

  private void expectInvalid(String uri, String token, String field) {
    var request = http.get().uri(uri);
    if (token != null) {
      request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    }
    request
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectHeader()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("https://eventmart.io/problems/invalid-request")
        .jsonPath("$.errors[?(@.field == '" + field + "')]")
        .exists();
  }

  private WebTestClient.ResponseSpec placeOrder(String token, Map<String, Object> body) {
    return http.post()
        .uri("/api/orders")
        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
        .bodyValue(body)
        .exchange();
  }

  private static Map<String, Object> address() {
    return Map.of(
        "name", "Ada Lovelace",
        "street", "1 Analytical St",
        "city", "London",
        "postalCode", "N1 9GU",
        "country", "GB");
  }

  /** The edge as the platform has it, with stand-ins instead of the platform's query handlers. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class EdgeWithStandIns {

    @Bean
    StandInHandlers standInHandlers() {
      return new StandInHandlers();
    }
  }

  /** Answers a few queries the way the read models would, and remembers what was asked. */
  static class StandInHandlers {

    volatile FindProducts lastProducts;
    volatile FindOrders lastOrders;

    @QueryHandler
    ProductPage products(FindProducts query) {
      lastProducts = query;
      Instant at = Instant.parse("2026-11-23T09:00:00Z");
      ProductView book =
          new ProductView(
              UUID.fromString("0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a"),
              "BOOK-001",
              "Domain-Driven Design",
              "Tackling complexity",
              "Books",
              new BigDecimal("54.90"),
              "EUR",
              ProductStatus.ACTIVE,
              9,
              2,
              7,
              5,
              false,
              at,
              at);
      return new ProductPage(List.of(book), query.page().page(), query.page().size(), 11);
    }

    @QueryHandler
    List<OrderableProduct> orderable(FindProductsForOrdering query) {
      return List.of();
    }

    @QueryHandler
    Optional<OrderView> order(FindOrder query) {
      if (!query.orderId().equals(ORDER_OF_SOMEBODY_ELSE)) {
        return Optional.empty();
      }
      Instant at = Instant.parse("2026-11-23T09:00:00Z");
      return Optional.of(
          new OrderView(
              ORDER_OF_SOMEBODY_ELSE,
              SOMEBODY_ELSE,
              OrderStatus.PENDING,
              List.of(),
              new BigDecimal("10.00"),
              "EUR",
              new ShippingAddress("Bo", "2 Street", "Oslo", "0150", "NO"),
              null,
              null,
              List.of(),
              at,
              at));
    }

    @QueryHandler
    OrderPage orders(FindOrders query) {
      lastOrders = query;
      return new OrderPage(List.of(), query.page().page(), query.page().size(), 0);
    }

    @QueryHandler
    List<OrderStatusUpdate> watchOrders(WatchOrders query) {
      return Collections.unmodifiableList(new ArrayList<>());
    }

    @QueryHandler
    List<SalesBucket> sales(GetSalesOverTime query) {
      return List.of(
          new SalesBucket(Instant.parse("2026-11-23T10:00:00Z"), 3, 7, new BigDecimal("123.40")),
          new SalesBucket(Instant.parse("2026-11-23T11:00:00Z"), 0, 0, new BigDecimal("0.00")));
    }
  }
}
