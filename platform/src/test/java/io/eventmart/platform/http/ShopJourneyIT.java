package io.eventmart.platform.http;

import static io.eventmart.platform.http.ShopHttp.item;
import static io.eventmart.platform.http.ShopHttp.order;
import static io.eventmart.platform.http.ShopHttp.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.eventmart.platform.EventMartPlatform;
import io.eventmart.platform.http.ShopHttp.Reply;
import io.eventmart.platform.http.ShopHttp.User;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import reactor.core.Disposable;
import tools.jackson.databind.JsonNode;

/**
 * The shop over HTTP against the whole running platform, with the demo catalog: a customer's
 * journey from browsing to a confirmed order, idempotent placement, privacy between customers,
 * cancellation with refund, the admin's fulfilment and catalog work, and analytics.
 */
@SpringBootTest(
    classes = EventMartPlatform.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "eventmart.edge.demo-catalog=true")
@DirtiesContext
class ShopJourneyIT {

  @DynamicPropertySource
  static void servers(DynamicPropertyRegistry registry) {
    ShopHttp.registerServers(registry, "http_journey");
  }

  @LocalServerPort int port;
  private ShopHttp shop;

  @BeforeEach
  void client() {
    shop = new ShopHttp(port);
  }

  @Test
  void aCustomerBrowsesSearchesFillsACartChecksOutAndFollowsTheOrderUntilItIsConfirmed() {
    User customer = shop.customer();

    // browse the demo catalog
    JsonNode books =
        shop.awaitJson(
            null,
            "/api/products?category=Books&sort=price_asc",
            page -> page.path("totalItems").asInt() == 4);
    assertThat(texts(books.path("items"), "name"))
        .containsExactly(
            "Designing Data-Intensive Applications",
            "Implementing Domain-Driven Design",
            "Domain-Driven Design",
            "Enterprise Integration Patterns");
    JsonNode categories =
        shop.awaitJson(
            null,
            "/api/categories",
            list ->
                texts(list, "name")
                    .containsAll(List.of("Books", "Electronics", "Kitchen", "Outdoor", "Toys")));
    categories.forEach(
        category -> {
          if ("Books".equals(category.path("name").asString())) {
            assertThat(category.path("productCount").asInt()).isEqualTo(4);
          }
        });
    UUID book = UUID.fromString(books.path("items").get(2).path("productId").asString());
    Reply product = shop.get(null, "/api/products/" + book);
    assertThat(product.status()).isEqualTo(200);
    assertThat(product.text("status")).isEqualTo("ACTIVE");
    assertThat(product.body().path("availableStock").asInt()).isEqualTo(40);

    // search, with a typo, and suggestions
    JsonNode found =
        shop.awaitJson(
            null,
            "/api/search?q=desgin",
            result -> texts(result.path("items"), "name").contains("Domain-Driven Design"));
    assertThat(found.path("facets").path("categories").isArray()).isTrue();
    assertThat(found.path("facets").path("priceRanges").isArray()).isTrue();
    JsonNode suggestions =
        shop.awaitJson(null, "/api/search/suggestions?q=Dom", names -> names.size() > 0);
    assertThat(suggestions.get(0).asString()).isEqualTo("Domain-Driven Design");

    // fill the cart
    JsonNode electronics =
        shop.awaitJson(
            null,
            "/api/products?category=Electronics&sort=name",
            page -> page.path("totalItems").asInt() == 4);
    UUID keyboard = UUID.fromString(electronics.path("items").get(1).path("productId").asString());
    assertThat(electronics.path("items").get(1).path("name").asString())
        .isEqualTo("Mechanical Keyboard");
    assertThat(shop.post(customer, "/api/cart/items", item(book, 2)).status()).isEqualTo(204);
    assertThat(shop.post(customer, "/api/cart/items", item(keyboard, 1)).status()).isEqualTo(204);
    assertThat(shop.put(customer, "/api/cart/items/" + keyboard, Map.of("quantity", 3)).status())
        .isEqualTo(204);
    JsonNode cart =
        shop.awaitJson(
            customer,
            "/api/cart",
            c ->
                c.path("items").size() == 2
                    && c.path("items").get(1).path("quantity").asInt() == 3);
    assertThat(cart.path("total").decimalValue()).isEqualByComparingTo("466.80");
    assertThat(cart.path("items").get(0).path("lineTotal").decimalValue())
        .isEqualByComparingTo("109.80");

    // check out and follow the order
    Reply checkout =
        shop.post(
            customer,
            "/api/cart/checkout",
            Map.of(
                "shippingAddress", ShopHttp.address(), "paymentMethod", ShopHttp.card("tok_visa")));
    assertThat(checkout.status()).as(checkout.body().toString()).isEqualTo(202);
    UUID orderId = checkout.id("orderId");
    assertThat(checkout.headers().getLocation()).hasToString("/api/orders/" + orderId);

    List<String> statuses =
        shop.events(customer, "/api/orders/" + orderId + "/stream", null)
            .filter(event -> "order-status".equals(event.event()))
            .map(event -> event.data().path("status").asString())
            .takeUntil("CONFIRMED"::equals)
            .collectList()
            .block(ShopHttp.PATIENCE);
    assertThat(statuses).containsExactly("PENDING", "CONFIRMED");

    JsonNode confirmed = shop.awaitOrder(customer, orderId, "CONFIRMED");
    assertThat(confirmed.path("customerId").asString()).isEqualTo(customer.id().toString());
    assertThat(confirmed.path("total").decimalValue()).isEqualByComparingTo("466.80");
    assertThat(confirmed.path("currency").asString()).isEqualTo("EUR");
    assertThat(texts(confirmed.path("items"), "name"))
        .containsExactly("Domain-Driven Design", "Mechanical Keyboard");
    assertThat(texts(confirmed.path("history"), "status")).containsExactly("PENDING", "CONFIRMED");
    assertThat(confirmed.path("shippingAddress").path("city").asString()).isEqualTo("London");
    JsonNode payment = shop.awaitPayment(customer, orderId, "CAPTURED");
    assertThat(payment.path("amount").decimalValue()).isEqualByComparingTo("466.80");
    assertThat(payment.path("paymentId").asString())
        .isEqualTo(confirmed.path("paymentId").asString());
    assertThat(shop.get(customer, "/api/payments/" + payment.path("paymentId").asString()).status())
        .isEqualTo(200);

    shop.awaitJson(customer, "/api/cart", c -> c.path("items").isEmpty());
    shop.awaitJson(null, "/api/inventory/" + book, stock -> stock.path("reserved").asInt() == 2);
    JsonNode mine = shop.get(customer, "/api/orders").body();
    assertThat(texts(mine.path("items"), "orderId")).containsExactly(orderId.toString());
  }

  @Test
  void placingTheSameOrderAgainWithTheSameIdempotencyKeyPlacesItOnce() {
    User customer = shop.customer();
    UUID lamp = shop.product("Idempotent Lamp", "25.00", 10);
    Map<String, Object> body = order("tok_visa", List.of(item(lamp, 2)));
    Map<String, String> key = Map.of("Idempotency-Key", "order-" + UUID.randomUUID());

    Reply first = shop.post(customer, "/api/orders", body, key);
    Reply again = shop.post(customer, "/api/orders", body, key);
    Reply other =
        shop.post(customer, "/api/orders", order("tok_visa", List.of(item(lamp, 3))), key);

    assertThat(first.status()).isEqualTo(202);
    assertThat(again.status()).isEqualTo(202);
    assertThat(again.id("orderId")).isEqualTo(first.id("orderId"));
    assertThat(other.status()).isEqualTo(422);
    assertThat(other.text("code")).isEqualTo("order.idempotency-key-reused");
    shop.awaitOrder(customer, first.id("orderId"), "CONFIRMED");
    assertThat(shop.get(customer, "/api/orders").body().path("totalItems").asInt()).isEqualTo(1);
    shop.awaitJson(null, "/api/inventory/" + lamp, stock -> stock.path("reserved").asInt() == 2);
  }

  @Test
  void anotherCustomersOrderPaymentAndStreamAnswer404() {
    User owner = shop.customer();
    User stranger = shop.customer();
    UUID product = shop.product("Private Parcel", "12.00", 10);
    UUID orderId = shop.placeOrder(owner, "tok_visa", List.of(item(product, 1)));
    shop.awaitOrder(owner, orderId, "CONFIRMED");
    String paymentId = shop.awaitPayment(owner, orderId, "CAPTURED").path("paymentId").asString();

    assertThat(shop.get(stranger, "/api/orders/" + orderId).status()).isEqualTo(404);
    assertThat(shop.get(stranger, "/api/orders/" + orderId + "/payment").status()).isEqualTo(404);
    assertThat(shop.get(stranger, "/api/payments/" + paymentId).status()).isEqualTo(404);
    Reply stream = shop.refusedStream(stranger, "/api/orders/" + orderId + "/stream");
    assertThat(stream.status()).isEqualTo(404);
    assertThat(stream.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(stream.text("type")).isEqualTo("https://eventmart.io/problems/not-found");
    assertThat(shop.post(stranger, "/api/orders/" + orderId + "/cancel", Map.of()).status())
        .isEqualTo(404);
    assertThat(shop.get(stranger, "/api/orders").body().path("totalItems").asInt()).isZero();
    assertThat(
            shop.get(
                    stranger,
                    "/api/orders/" + UUID.randomUUID() + "/stream",
                    Map.of("Accept", "text/event-stream"))
                .status())
        .isEqualTo(404);

    User admin = shop.admin();
    assertThat(shop.get(admin, "/api/orders/" + orderId).status()).isEqualTo(200);
    assertThat(shop.get(admin, "/api/payments/" + paymentId).status()).isEqualTo(200);
    JsonNode ofOwner = shop.get(admin, "/api/orders?customerId=" + owner.id()).body();
    assertThat(texts(ofOwner.path("items"), "orderId")).containsExactly(orderId.toString());
  }

  @Test
  void cancellingAConfirmedOrderRefundsItsPaymentAndReleasesItsStock() {
    User customer = shop.customer();
    UUID product = shop.product("Returnable Radio", "40.00", 10);
    UUID orderId = shop.placeOrder(customer, "tok_visa", List.of(item(product, 3)));
    shop.awaitOrder(customer, orderId, "CONFIRMED");
    shop.awaitJson(
        null, "/api/inventory/" + product, stock -> stock.path("available").asInt() == 7);

    Reply cancelled =
        shop.post(
            customer, "/api/orders/" + orderId + "/cancel", Map.of("reason", "Changed my mind"));

    assertThat(cancelled.status()).isEqualTo(202);
    assertThat(cancelled.text("status")).isEqualTo("CANCELLED");
    JsonNode order = shop.awaitOrder(customer, orderId, "CANCELLED");
    assertThat(order.path("history").get(2).path("reason").asString()).contains("Changed my mind");
    JsonNode payment = shop.awaitPayment(customer, orderId, "REFUNDED");
    assertThat(payment.path("refundedAmount").decimalValue()).isEqualByComparingTo("120.00");
    JsonNode stock =
        shop.awaitJson(
            null, "/api/inventory/" + product, levels -> levels.path("available").asInt() == 10);
    assertThat(stock.path("reserved").asInt()).isZero();

    Reply again = shop.post(customer, "/api/orders/" + orderId + "/cancel", null);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.text("code")).isEqualTo("order.illegal-transition");
    assertThat(again.text("currentStatus")).isEqualTo("CANCELLED");
  }

  @Test
  void aCustomerChangesAndEmptiesTheCartAndCannotCheckOutNothing() {
    User customer = shop.customer();
    UUID pen = shop.product("Cart Pen", "2.50", 50);
    UUID pad = shop.product("Cart Pad", "4.00", 50);

    assertThat(shop.post(customer, "/api/cart/items", item(pen, 1)).status()).isEqualTo(204);
    assertThat(shop.post(customer, "/api/cart/items", item(pen, 2)).status()).isEqualTo(204);
    assertThat(shop.post(customer, "/api/cart/items", item(pad, 1)).status()).isEqualTo(204);
    JsonNode cart =
        shop.awaitJson(
            customer,
            "/api/cart",
            c -> c.path("items").size() == 2 && c.path("total").decimalValue().signum() > 0);
    assertThat(cart.path("items").get(0).path("quantity").asInt()).isEqualTo(3);
    assertThat(cart.path("total").decimalValue()).isEqualByComparingTo("11.50");

    assertThat(shop.delete(customer, "/api/cart/items/" + pad).status()).isEqualTo(204);
    assertThat(shop.put(customer, "/api/cart/items/" + pen, Map.of("quantity", 0)).status())
        .isEqualTo(204);
    shop.awaitJson(customer, "/api/cart", c -> c.path("items").isEmpty());
    Reply notInCart = shop.put(customer, "/api/cart/items/" + pad, Map.of("quantity", 2));
    assertThat(notInCart.status()).isEqualTo(404);
    assertThat(notInCart.text("code")).isEqualTo("cart.item-not-found");
    Reply unknown = shop.post(customer, "/api/cart/items", item(UUID.randomUUID(), 1));
    assertThat(unknown.status()).isEqualTo(422);
    assertThat(unknown.text("code")).isEqualTo("cart.unknown-product");
    Reply nothing =
        shop.post(
            customer,
            "/api/cart/checkout",
            Map.of(
                "shippingAddress", ShopHttp.address(), "paymentMethod", ShopHttp.card("tok_visa")));
    assertThat(nothing.status()).isEqualTo(422);
    assertThat(nothing.text("code")).isEqualTo("cart.empty");

    assertThat(shop.post(customer, "/api/cart/items", item(pad, 4)).status()).isEqualTo(204);
    shop.awaitJson(customer, "/api/cart", c -> c.path("items").size() == 1);
    assertThat(shop.delete(customer, "/api/cart").status()).isEqualTo(204);
    shop.awaitJson(customer, "/api/cart", c -> c.path("items").isEmpty());
  }

  @Test
  void anAdminRefundsPartOfAPaymentAndThenTheRest() {
    User customer = shop.customer();
    User admin = shop.admin();
    UUID product = shop.product("Refundable Rope", "25.00", 10);
    UUID orderId = shop.placeOrder(customer, "tok_visa", List.of(item(product, 2)));
    shop.awaitOrder(customer, orderId, "CONFIRMED");
    String paymentId =
        shop.awaitPayment(customer, orderId, "CAPTURED").path("paymentId").asString();
    String refund = "/api/payments/" + paymentId + "/refund";

    assertThat(shop.post(customer, refund, Map.of("amount", 10)).status()).isEqualTo(403);
    Reply partial = shop.post(admin, refund, Map.of("amount", "10.00"));
    assertThat(partial.status()).isEqualTo(202);
    assertThat(partial.text("paymentId")).isEqualTo(paymentId);
    assertThat(partial.headers().getLocation()).hasToString("/api/payments/" + paymentId);
    JsonNode partly = shop.awaitPayment(customer, orderId, "PARTIALLY_REFUNDED");
    assertThat(partly.path("refundedAmount").decimalValue()).isEqualByComparingTo("10.00");
    Reply tooMuch = shop.post(admin, refund, Map.of("amount", "40.01"));
    assertThat(tooMuch.status()).isEqualTo(422);

    assertThat(shop.post(admin, refund, null).status()).isEqualTo(202);
    JsonNode refunded = shop.awaitPayment(customer, orderId, "REFUNDED");
    assertThat(refunded.path("refundedAmount").decimalValue()).isEqualByComparingTo("50.00");
    assertThat(texts(refunded.path("history"), "status"))
        .contains("PARTIALLY_REFUNDED", "REFUNDED");
    assertThat(shop.post(admin, "/api/payments/" + UUID.randomUUID() + "/refund", null).status())
        .isEqualTo(404);
    assertThat(shop.post(admin, refund, Map.of("amount", "-1")).status()).isEqualTo(400);
  }

  @Test
  void anAdminTakesAnOrderThroughProcessingAndShippingToDelivered() {
    User customer = shop.customer();
    User admin = shop.admin();
    UUID product = shop.product("Shippable Shelf", "80.00", 10);
    UUID orderId = shop.placeOrder(customer, "tok_mastercard", List.of(item(product, 2)));
    shop.awaitOrder(customer, orderId, "CONFIRMED");
    String order = "/api/orders/" + orderId;

    assertThat(shop.post(customer, order + "/process", null).status()).isEqualTo(403);
    Reply tooEarly = shop.post(admin, order + "/ship", null);
    assertThat(tooEarly.status()).isEqualTo(409);
    assertThat(tooEarly.text("currentStatus")).isEqualTo("CONFIRMED");
    assertThat(shop.post(admin, order + "/process", null).text("status")).isEqualTo("PROCESSING");
    assertThat(shop.post(admin, order + "/ship", null).text("status")).isEqualTo("SHIPPED");
    assertThat(shop.post(customer, order + "/cancel", null).status()).isEqualTo(409);
    Reply delivered = shop.post(admin, order + "/deliver", null);
    assertThat(delivered.status()).isEqualTo(202);
    assertThat(delivered.headers().getLocation()).hasToString(order);

    JsonNode done = shop.awaitOrder(customer, orderId, "DELIVERED");
    assertThat(texts(done.path("history"), "status"))
        .containsExactly("PENDING", "CONFIRMED", "PROCESSING", "SHIPPED", "DELIVERED");
    JsonNode stock =
        shop.awaitJson(
            null, "/api/inventory/" + product, levels -> levels.path("onHand").asInt() == 8);
    assertThat(stock.path("reserved").asInt()).isZero();
    assertThat(shop.post(admin, order + "/deliver", null).status()).isEqualTo(409);
    assertThat(shop.post(admin, "/api/orders/" + UUID.randomUUID() + "/process", null).status())
        .isEqualTo(404);
  }

  @Test
  void adminsMaintainTheCatalogAndItsStock() {
    User admin = shop.admin();
    String sku = "MAINT-" + UUID.randomUUID();
    Map<String, Object> registration =
        Map.of(
            "sku", sku,
            "name", "Maintained Mug",
            "description", "A mug",
            "category", "Kitchen",
            "price", "9.90",
            "initialStock", 10);

    Reply created = shop.post(admin, "/api/products", registration);
    assertThat(created.status()).isEqualTo(201);
    UUID id = created.id("productId");
    assertThat(created.headers().getLocation()).hasToString("/api/products/" + id);
    assertThat(created.text("status")).isEqualTo("ACTIVE");
    assertThat(created.body().path("lowStockThreshold").asInt()).isEqualTo(5);
    Reply duplicate = shop.post(admin, "/api/products", registration);
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.text("code")).isEqualTo("product.duplicate-sku");
    Reply tooPrecise =
        shop.post(
            admin,
            "/api/products",
            Map.of(
                "sku",
                "X-" + sku,
                "name",
                "N",
                "category",
                "C",
                "price",
                "1.234",
                "initialStock",
                1));
    assertThat(tooPrecise.status()).isEqualTo(400);
    assertThat(texts(tooPrecise.body().path("errors"), "field")).contains("price");
    Reply unknownCurrency =
        shop.post(
            admin,
            "/api/products",
            Map.of(
                "sku",
                "Y-" + sku,
                "name",
                "N",
                "category",
                "C",
                "price",
                "1.00",
                "currency",
                "ZZZ",
                "initialStock",
                1));
    assertThat(texts(unknownCurrency.body().path("errors"), "field")).contains("currency");

    shop.awaitStatus(null, "/api/products/" + id, 200);
    assertThat(
            shop.put(
                    admin,
                    "/api/products/" + id,
                    Map.of("name", "Maintained Cup", "description", "A cup", "category", "Kitchen"))
                .status())
        .isEqualTo(204);
    assertThat(shop.put(admin, "/api/products/" + id + "/price", Map.of("price", 12.5)).status())
        .isEqualTo(204);
    JsonNode changed =
        shop.awaitJson(
            null,
            "/api/products/" + id,
            p ->
                "Maintained Cup".equals(p.path("name").asString())
                    && p.path("price").decimalValue().compareTo(new BigDecimal("12.50")) == 0);
    assertThat(changed.path("description").asString()).isEqualTo("A cup");

    assertThat(
            shop.post(admin, "/api/inventory/" + id + "/restock", Map.of("quantity", 5)).status())
        .isEqualTo(204);
    assertThat(
            shop.post(admin, "/api/inventory/" + id + "/restock", Map.of("quantity", 0)).status())
        .isEqualTo(400);
    shop.awaitJson(null, "/api/inventory/" + id, stock -> stock.path("onHand").asInt() == 15);
    assertThat(
            shop.put(
                    admin,
                    "/api/inventory/" + id,
                    Map.of("onHand", 3, "reason", "Counted the shelf"))
                .status())
        .isEqualTo(204);
    JsonNode counted =
        shop.awaitJson(null, "/api/inventory/" + id, stock -> stock.path("onHand").asInt() == 3);
    assertThat(counted.path("available").asInt()).isEqualTo(3);

    assertThat(shop.delete(admin, "/api/products/" + id).status()).isEqualTo(204);
    shop.awaitJson(
        null, "/api/products/" + id, p -> "DISCONTINUED".equals(p.path("status").asString()));
    Reply offSale =
        shop.post(shop.customer(), "/api/orders", order("tok_visa", List.of(item(id, 1))));
    assertThat(offSale.status()).isEqualTo(422);
    assertThat(offSale.text("code")).isEqualTo("order.product-unavailable");
    assertThat(
            shop.put(admin, "/api/products/" + UUID.randomUUID() + "/price", Map.of("price", 1))
                .status())
        .isEqualTo(404);
    assertThat(shop.get(null, "/api/products/" + UUID.randomUUID()).status()).isEqualTo(404);
  }

  @Test
  void analyticsReflectTheOrders() {
    User analyst = shop.withRoles("ANALYST");
    User customer = shop.customer();
    UUID product = shop.product("Analysed Anvil", "50.00", 20);
    UUID scarce = shop.product("Scarce Sundial", "70.00", 2, 5);
    JsonNode before = shop.get(analyst, "/api/analytics/summary").body();

    UUID confirmed = shop.placeOrder(customer, "tok_visa", List.of(item(product, 2)));
    UUID declined = shop.placeOrder(customer, "tok_declined", List.of(item(product, 1)));
    shop.awaitOrder(customer, confirmed, "CONFIRMED");
    shop.awaitOrder(customer, declined, "FAILED");

    JsonNode after =
        shop.awaitJson(
            analyst,
            "/api/analytics/summary",
            summary ->
                summary.path("ordersConfirmed").asLong()
                        >= before.path("ordersConfirmed").asLong() + 1
                    && summary.path("ordersFailed").asLong()
                        >= before.path("ordersFailed").asLong() + 1);
    assertThat(after.path("currency").asString()).isEqualTo("EUR");
    assertThat(after.path("grossRevenue").decimalValue())
        .isGreaterThanOrEqualTo(
            before.path("grossRevenue").decimalValue().add(new BigDecimal("100.00")));
    assertThat(after.path("paymentDeclineRate").asDouble()).isPositive();

    JsonNode top =
        shop.awaitJson(
            analyst,
            "/api/analytics/top-products?limit=100",
            list -> texts(list, "name").contains("Analysed Anvil"));
    assertThat(top.size()).isPositive();
    String csv =
        shop.text(
            analyst, "/api/analytics/sales?bucket=hour", MediaType.parseMediaType("text/csv"));
    assertThat(csv.split("\r\n")[0]).isEqualTo("bucketStart,orders,units,revenue");
    assertThat(csv.getBytes(StandardCharsets.UTF_8).length).isPositive();
    assertThat(csv.lines().skip(1)).anyMatch(line -> !line.endsWith(",0,0,0.00"));
    JsonNode sales = shop.get(analyst, "/api/analytics/sales?bucket=day").body();
    assertThat(sales.isArray()).isTrue();
    shop.awaitJson(
        analyst,
        "/api/analytics/low-stock",
        list -> texts(list, "productId").contains(scarce.toString()));

    List<JsonNode> summaries = new CopyOnWriteArrayList<>();
    Disposable stream =
        shop.events(analyst, "/api/analytics/stream", null)
            .filter(event -> "summary".equals(event.event()))
            .subscribe(event -> summaries.add(event.data()));
    try {
      await().atMost(ShopHttp.PATIENCE).until(() -> !summaries.isEmpty());
      long confirmedBefore = summaries.get(summaries.size() - 1).path("ordersConfirmed").asLong();
      UUID live = shop.placeOrder(customer, "tok_visa", List.of(item(product, 1)));
      shop.awaitOrder(customer, live, "CONFIRMED");
      await()
          .atMost(ShopHttp.PATIENCE)
          .until(
              () ->
                  summaries.get(summaries.size() - 1).path("ordersConfirmed").asLong()
                      > confirmedBefore);
    } finally {
      stream.dispose();
    }
  }
}
