package io.eventmart.platform.http;

import static io.eventmart.platform.http.ShopHttp.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.eventmart.platform.EventMartPlatform;
import io.eventmart.platform.http.ShopHttp.Reply;
import io.eventmart.platform.http.ShopHttp.User;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import reactor.core.Disposable;
import tools.jackson.databind.JsonNode;

/**
 * The live streams over HTTP against the running platform: resuming with {@code Last-Event-ID},
 * completion after a terminal status, what the stream of all orders shows whom, heartbeats, that no
 * subscription outlives its client, and the rate limit of a user.
 */
@SpringBootTest(
    classes = EventMartPlatform.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "eventmart.edge.heartbeat=1s",
      "eventmart.edge.rate-limits.user-capacity=100",
      "eventmart.edge.rate-limits.user-period=10s"
    })
@DirtiesContext
class OrderStreamsIT {

  @DynamicPropertySource
  static void servers(DynamicPropertyRegistry registry) {
    ShopHttp.registerServers(registry, "http_streams");
  }

  @LocalServerPort int port;
  @Autowired QueryUpdateEmitter updates;
  private ShopHttp shop;

  @BeforeEach
  void client() {
    shop = new ShopHttp(port);
  }

  @Test
  void aClientThatReconnectsWithLastEventIdMissesNothingAndGetsNothingTwice() {
    User customer = shop.customer();
    User admin = shop.admin();
    UUID product = shop.product("Resumable Rug", "60.00", 10);
    UUID orderId = shop.placeOrder(customer, "tok_visa", List.of(item(product, 1)));
    String stream = "/api/orders/" + orderId + "/stream";

    List<ServerSentEvent<JsonNode>> firstConnection =
        shop.events(customer, stream, null)
            .filter(event -> event.event() != null)
            .takeUntil(event -> "CONFIRMED".equals(status(event)))
            .collectList()
            .block(ShopHttp.PATIENCE);
    String lastSeen = firstConnection.get(firstConnection.size() - 1).id();
    // Changes while the client is away.
    assertThat(shop.post(admin, "/api/orders/" + orderId + "/process", null).status())
        .isEqualTo(202);
    assertThat(shop.post(admin, "/api/orders/" + orderId + "/ship", null).status()).isEqualTo(202);
    shop.awaitOrder(customer, orderId, "SHIPPED");

    List<ServerSentEvent<JsonNode>> secondConnection = new CopyOnWriteArrayList<>();
    Disposable reconnected =
        shop.events(customer, stream, lastSeen)
            .filter(event -> event.event() != null)
            .subscribe(secondConnection::add);
    try {
      await().atMost(ShopHttp.PATIENCE).until(() -> secondConnection.size() == 2);
      assertThat(shop.post(admin, "/api/orders/" + orderId + "/deliver", null).status())
          .isEqualTo(202);
      await().atMost(ShopHttp.PATIENCE).until(reconnected::isDisposed);
    } finally {
      reconnected.dispose();
    }

    List<ServerSentEvent<JsonNode>> all = new ArrayList<>(firstConnection);
    all.addAll(secondConnection);
    assertThat(all.stream().map(OrderStreamsIT::status))
        .containsExactly("PENDING", "CONFIRMED", "PROCESSING", "SHIPPED", "DELIVERED");
    assertThat(all.stream().map(event -> Long.parseLong(event.id())))
        .isSorted()
        .doesNotHaveDuplicates();
    assertThat(all).allMatch(event -> "order-status".equals(event.event()));
    assertThat(all.get(4).data().path("orderId").asString()).isEqualTo(orderId.toString());
    assertThat(all.get(4).data().path("at").asString()).isNotBlank();

    List<ServerSentEvent<JsonNode>> afterTheEnd =
        shop.events(customer, stream, all.get(4).id())
            .filter(event -> event.event() != null)
            .collectList()
            .block(ShopHttp.PATIENCE);
    assertThat(afterTheEnd).as("an ended order has nothing after its last change").isEmpty();
  }

  @Test
  void theStreamOfAnOrderCompletesAfterItsTerminalStatusAndReplaysAnEndedOrdersHistory() {
    User customer = shop.customer();
    UUID product = shop.product("Declined Desk", "150.00", 10);
    UUID orderId = shop.placeOrder(customer, "tok_declined", List.of(item(product, 1)));
    String stream = "/api/orders/" + orderId + "/stream";

    List<String> live =
        shop.events(customer, stream, null)
            .filter(event -> event.event() != null)
            .map(OrderStreamsIT::status)
            .collectList()
            .block(ShopHttp.PATIENCE);
    assertThat(live).containsExactly("PENDING", "FAILED");

    List<ServerSentEvent<JsonNode>> replayed =
        shop.events(customer, stream, null)
            .filter(event -> event.event() != null)
            .collectList()
            .block(ShopHttp.PATIENCE);
    assertThat(replayed.stream().map(OrderStreamsIT::status)).containsExactly("PENDING", "FAILED");
    assertThat(replayed.get(1).data().path("reason").asString()).isNotBlank();
  }

  @Test
  void theStreamOfAllOrdersShowsACustomerOnlyTheirOwnAndAnAdminEverybodys() {
    User alice = shop.customer();
    User bob = shop.customer();
    User admin = shop.admin();
    UUID product = shop.product("Shared Shelf", "30.00", 20);
    List<ServerSentEvent<JsonNode>> alicesEvents = new CopyOnWriteArrayList<>();
    List<ServerSentEvent<JsonNode>> adminsEvents = new CopyOnWriteArrayList<>();
    Disposable alicesStream =
        shop.events(alice, "/api/orders/stream", null).subscribe(alicesEvents::add);
    Disposable adminsStream =
        shop.events(admin, "/api/orders/stream", null).subscribe(adminsEvents::add);
    try {
      await()
          .atMost(ShopHttp.PATIENCE)
          .until(
              () ->
                  "connected".equals(first(alicesEvents).comment())
                      && "connected".equals(first(adminsEvents).comment()));

      UUID bobsOrder = shop.placeOrder(bob, "tok_visa", List.of(item(product, 1)));
      UUID alicesOrder = shop.placeOrder(alice, "tok_visa", List.of(item(product, 1)));
      shop.awaitOrder(alice, alicesOrder, "CONFIRMED");
      shop.awaitOrder(bob, bobsOrder, "CONFIRMED");

      await()
          .atMost(ShopHttp.PATIENCE)
          .until(() -> statusesOf(adminsEvents, bobsOrder).size() == 2);
      await()
          .atMost(ShopHttp.PATIENCE)
          .until(() -> statusesOf(alicesEvents, alicesOrder).size() == 2);
      assertThat(statusesOf(alicesEvents, alicesOrder)).containsExactly("PENDING", "CONFIRMED");
      assertThat(statusesOf(adminsEvents, alicesOrder)).containsExactly("PENDING", "CONFIRMED");
      assertThat(statusesOf(alicesEvents, bobsOrder)).isEmpty();
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> alicesEvents.stream().anyMatch(e -> "heartbeat".equals(e.comment())));
    } finally {
      alicesStream.dispose();
      adminsStream.dispose();
    }
  }

  @Test
  void connectingAndDisconnectingManyTimesLeavesNoSubscriptionBehind() {
    User customer = shop.customer();
    User analyst = shop.withRoles("ANALYST");
    UUID product = shop.product("Leakproof Ladle", "15.00", 10);
    UUID orderId = shop.placeOrder(customer, "tok_visa", List.of(item(product, 1)));
    shop.awaitOrder(customer, orderId, "CONFIRMED");
    int before = updates.activeSubscriptions().size();

    for (int cycle = 0; cycle < 15; cycle++) {
      assertThat(
              shop.events(customer, "/api/orders/" + orderId + "/stream", null)
                  .filter(event -> event.event() != null)
                  .blockFirst(ShopHttp.PATIENCE))
          .isNotNull();
      assertThat(shop.events(customer, "/api/orders/stream", null).blockFirst(ShopHttp.PATIENCE))
          .isNotNull();
      assertThat(
              shop.events(analyst, "/api/analytics/stream", null)
                  .filter(event -> "summary".equals(event.event()))
                  .blockFirst(ShopHttp.PATIENCE))
          .isNotNull();
    }
    // Clients that go away mid-stream, without the server having sent anything else.
    List<Disposable> abandoned = new ArrayList<>();
    for (int client = 0; client < 10; client++) {
      abandoned.add(shop.events(customer, "/api/orders/stream", null).subscribe());
    }
    await()
        .atMost(ShopHttp.PATIENCE)
        .until(() -> updates.activeSubscriptions().size() >= before + 10);
    abandoned.forEach(Disposable::dispose);

    await()
        .atMost(ShopHttp.PATIENCE)
        .untilAsserted(() -> assertThat(updates.activeSubscriptions()).hasSize(before));
  }

  @Test
  void aBurstOfRequestsIsAnsweredWith429AndRetryAfter() {
    User customer = shop.customer();
    Reply refused = null;
    for (int request = 0; request < 500 && refused == null; request++) {
      Reply reply = shop.get(customer, "/api/cart");
      if (reply.status() == 429) {
        refused = reply;
      } else {
        assertThat(reply.status()).isEqualTo(200);
      }
    }

    assertThat(refused).as("a 429 within the burst").isNotNull();
    assertThat(refused.headers().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
    assertThat(Long.parseLong(refused.headers().getFirst(HttpHeaders.RETRY_AFTER))).isPositive();
    assertThat(refused.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(refused.text("type")).isEqualTo("https://eventmart.io/problems/rate-limited");
    assertThat(shop.get(shop.customer(), "/api/cart").status())
        .as("other users keep their own budget")
        .isEqualTo(200);
  }

  private static String status(ServerSentEvent<JsonNode> event) {
    return event.data().path("status").asString();
  }

  private static ServerSentEvent<JsonNode> first(List<ServerSentEvent<JsonNode>> events) {
    return events.isEmpty() ? ServerSentEvent.<JsonNode>builder().build() : events.get(0);
  }

  private static List<String> statusesOf(List<ServerSentEvent<JsonNode>> events, UUID orderId) {
    return events.stream()
        .filter(event -> "order-status".equals(event.event()))
        .filter(event -> orderId.toString().equals(event.data().path("orderId").asString()))
        .map(OrderStreamsIT::status)
        .toList();
  }
}
