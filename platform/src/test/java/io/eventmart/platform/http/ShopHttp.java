package io.eventmart.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.eventmart.platform.PlatformServers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * A client of the shop API for end-to-end tests against the running platform: accounts and tokens,
 * requests answered as {@link Reply}s (status, headers and JSON), server-sent event streams, and
 * the steps every test needs (a product, an order, waiting for the read side).
 */
final class ShopHttp {

  /** How long the read side and the order saga may take. */
  static final Duration PATIENCE = Duration.ofSeconds(60);

  /**
   * Between two polls of the API. Slow enough for a user's rate limit (tests use small ones) to
   * refill faster than polls use it up.
   */
  static final Duration POLL = Duration.ofMillis(250);

  static final String PASSWORD = "correct horse battery";
  static final String ADMIN_EMAIL = "admin@eventmart.local";
  static final String ADMIN_PASSWORD = "eventmart-admin";

  private static final AtomicInteger skus = new AtomicInteger();
  private static final ParameterizedTypeReference<ServerSentEvent<JsonNode>> EVENT =
      new ParameterizedTypeReference<>() {};

  /** Somebody with an account and a bearer token. */
  record User(UUID id, String email, String token) {}

  /** An answer of the API. */
  record Reply(int status, HttpHeaders headers, JsonNode body) {

    String text(String field) {
      return body.path(field).asString();
    }

    UUID id(String field) {
      return UUID.fromString(text(field));
    }
  }

  private final WebClient web;

  ShopHttp(int port) {
    this.web =
        WebClient.builder()
            .baseUrl("http://localhost:" + port)
            .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 * 1024 * 1024))
            .build();
  }

  // ------------------------------------------------------------------ the platform's servers

  /**
   * Registers the settings of a new platform on real servers (a fresh database, Elasticsearch and
   * Kafka with names of its own) with deadlines short enough for tests.
   */
  static void registerServers(DynamicPropertyRegistry registry, String purpose) {
    PlatformServers.register(registry, purpose);
    registry.add("eventmart.deadlines.polling-interval", () -> "200ms");
    registry.add("eventmart.order.saga.reservation-timeout", () -> "10s");
  }

  // ------------------------------------------------------------------ accounts

  /** A new customer, logged in. */
  User customer() {
    String email = "customer-" + UUID.randomUUID() + "@example.com";
    UUID id = register(email);
    return new User(id, email, login(email, PASSWORD));
  }

  /** The bootstrap administrator. */
  User admin() {
    return new User(null, ADMIN_EMAIL, login(ADMIN_EMAIL, ADMIN_PASSWORD));
  }

  /** A new account with exactly these roles, logged in. */
  User withRoles(String... roles) {
    String email = "staff-" + UUID.randomUUID() + "@example.com";
    UUID id = register(email);
    Reply granted = put(admin(), "/api/admin/users/" + id + "/roles", Map.of("roles", roles));
    assertThat(granted.status()).isEqualTo(200);
    return new User(id, email, login(email, PASSWORD));
  }

  private UUID register(String email) {
    Reply registered =
        post(
            null,
            "/api/auth/register",
            Map.of("email", email, "password", PASSWORD, "name", "Test " + email));
    assertThat(registered.status()).as(registered.body().toString()).isEqualTo(201);
    return registered.id("id");
  }

  private String login(String email, String password) {
    Reply login = post(null, "/api/auth/login", Map.of("email", email, "password", password));
    assertThat(login.status()).as(login.body().toString()).isEqualTo(200);
    return login.text("accessToken");
  }

  // ------------------------------------------------------------------ requests

  Reply get(User user, String path) {
    return exchange(HttpMethod.GET, user, path, null, Map.of());
  }

  Reply get(User user, String path, Map<String, String> headers) {
    return exchange(HttpMethod.GET, user, path, null, headers);
  }

  Reply post(User user, String path, Object body) {
    return exchange(HttpMethod.POST, user, path, body, Map.of());
  }

  Reply post(User user, String path, Object body, Map<String, String> headers) {
    return exchange(HttpMethod.POST, user, path, body, headers);
  }

  Reply put(User user, String path, Object body) {
    return exchange(HttpMethod.PUT, user, path, body, Map.of());
  }

  Reply delete(User user, String path) {
    return exchange(HttpMethod.DELETE, user, path, null, Map.of());
  }

  /** The body of a GET as text, asking for {@code accept}. */
  String text(User user, String path, MediaType accept) {
    return web.get()
        .uri(path)
        .headers(headers -> authorize(headers, user))
        .accept(accept)
        .retrieve()
        .bodyToMono(String.class)
        .block(PATIENCE);
  }

  private Reply exchange(
      HttpMethod method, User user, String path, Object body, Map<String, String> extraHeaders) {
    WebClient.RequestBodySpec request =
        web.method(method)
            .uri(path)
            .headers(
                headers -> {
                  authorize(headers, user);
                  extraHeaders.forEach(headers::set);
                });
    WebClient.RequestHeadersSpec<?> ready = body == null ? request : request.bodyValue(body);
    return ready
        .exchangeToMono(
            response ->
                response
                    .bodyToMono(JsonNode.class)
                    .map(
                        json ->
                            new Reply(
                                response.statusCode().value(),
                                response.headers().asHttpHeaders(),
                                json))
                    .defaultIfEmpty(
                        new Reply(
                            response.statusCode().value(),
                            response.headers().asHttpHeaders(),
                            tools.jackson.databind.node.MissingNode.getInstance())))
        .block(PATIENCE);
  }

  /**
   * The status of a request, read without waiting for the body, so it works for streams too: the
   * connection is closed after the first part of the body.
   */
  int status(HttpMethod method, User user, String path, Object body, MediaType accept) {
    WebClient.RequestBodySpec request =
        web.method(method).uri(path).headers(headers -> authorize(headers, user)).accept(accept);
    WebClient.RequestHeadersSpec<?> ready = body == null ? request : request.bodyValue(body);
    return ready
        .exchangeToMono(
            response ->
                response
                    .bodyToFlux(DataBuffer.class)
                    .take(1)
                    .doOnNext(DataBufferUtils::release)
                    .then(Mono.just(response.statusCode().value())))
        .block(PATIENCE);
  }

  /** Sends {@code json} as it is, well-formed or not, as an {@code application/json} body. */
  Reply raw(HttpMethod method, User user, String path, String json) {
    return exchange(
        method,
        user,
        path,
        json.getBytes(StandardCharsets.UTF_8),
        Map.of(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE));
  }

  /** The server-sent events of a stream; nothing is sent before the returned flux is subscribed. */
  Flux<ServerSentEvent<JsonNode>> events(User user, String path, String lastEventId) {
    return web.get()
        .uri(path)
        .headers(
            headers -> {
              authorize(headers, user);
              if (lastEventId != null) {
                headers.set("Last-Event-ID", lastEventId);
              }
            })
        .accept(MediaType.TEXT_EVENT_STREAM)
        .retrieve()
        .bodyToFlux(EVENT);
  }

  /** The status and body of a stream request that is refused before it streams. */
  Reply refusedStream(User user, String path) {
    return exchange(
        HttpMethod.GET,
        user,
        path,
        null,
        Map.of(HttpHeaders.ACCEPT, MediaType.TEXT_EVENT_STREAM_VALUE));
  }

  private static void authorize(HttpHeaders headers, User user) {
    if (user != null) {
      headers.setBearerAuth(user.token());
    }
  }

  // ------------------------------------------------------------------ shop steps

  static Map<String, Object> address() {
    return Map.of(
        "name", "Ada Lovelace",
        "street", "1 Analytical St",
        "city", "London",
        "postalCode", "N1 9GU",
        "country", "GB");
  }

  static Map<String, Object> card(String token) {
    return Map.of("type", "card", "token", token);
  }

  static Map<String, Object> item(UUID productId, int quantity) {
    return Map.of("productId", productId, "quantity", quantity);
  }

  static Map<String, Object> order(String token, List<Map<String, Object>> items) {
    return Map.of("items", items, "shippingAddress", address(), "paymentMethod", card(token));
  }

  /** A new product registered by an admin, once the catalog and the order side know it. */
  UUID product(String name, String price, int stock) {
    return product(name, price, stock, 0);
  }

  UUID product(String name, String price, int stock, int lowStockThreshold) {
    Reply registered =
        post(
            admin(),
            "/api/products",
            Map.of(
                "sku", "SKU-" + skus.incrementAndGet() + "-" + UUID.randomUUID(),
                "name", name,
                "description", name + ", made for testing",
                "category", "Testing",
                "price", price,
                "initialStock", stock,
                "lowStockThreshold", lowStockThreshold));
    assertThat(registered.status()).as(registered.body().toString()).isEqualTo(201);
    UUID id = registered.id("productId");
    awaitStatus(null, "/api/products/" + id, 200);
    return id;
  }

  /** Places an order of the items and answers its id (202). */
  UUID placeOrder(User customer, String token, List<Map<String, Object>> items) {
    Reply placed = post(customer, "/api/orders", order(token, items));
    assertThat(placed.status()).as(placed.body().toString()).isEqualTo(202);
    assertThat(placed.text("status")).isEqualTo("PENDING");
    return placed.id("orderId");
  }

  /** Waits until the order shows {@code status} to {@code user}, and answers it. */
  JsonNode awaitOrder(User user, UUID orderId, String status) {
    return awaitJson(
        user, "/api/orders/" + orderId, json -> status.equals(json.path("status").asString()));
  }

  /** Waits until the order's payment shows {@code status} to {@code user}, and answers it. */
  JsonNode awaitPayment(User user, UUID orderId, String status) {
    return awaitJson(
        user,
        "/api/orders/" + orderId + "/payment",
        json -> status.equals(json.path("status").asString()));
  }

  /** Waits until a GET of {@code path} answers 200 with a body that {@code accepted} likes. */
  JsonNode awaitJson(User user, String path, java.util.function.Predicate<JsonNode> accepted) {
    AtomicReference<JsonNode> last = new AtomicReference<>();
    await()
        .atMost(PATIENCE)
        .pollInterval(POLL)
        .until(
            () -> {
              Reply reply = get(user, path);
              last.set(reply.body());
              return reply.status() == 200 && accepted.test(reply.body());
            });
    return last.get();
  }

  /** Waits until a GET of {@code path} answers {@code status}. */
  void awaitStatus(User user, String path, int status) {
    await().atMost(PATIENCE).pollInterval(POLL).until(() -> get(user, path).status() == status);
  }

  /** The {@code field} of every element of a JSON array. */
  static List<String> texts(JsonNode array, String field) {
    List<String> values = new ArrayList<>();
    array.forEach(element -> values.add(element.path(field).asString()));
    return values;
  }
}
