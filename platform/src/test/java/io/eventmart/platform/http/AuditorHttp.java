package io.eventmart.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's HTTP API as the audit's end-to-end tests use it: accounts (an auditor, a customer,
 * the administrator), the shop steps that give the audit something to tell (a product, an order, a
 * price change — each request with an X-Correlation-Id of the test's choosing), and the audit
 * endpoints, waited for where the audit log follows the event store.
 */
final class AuditorHttp {

  /** How long the order saga and the audit log may take. */
  static final Duration PATIENCE = Duration.ofSeconds(60);

  static final String PASSWORD = "correct horse battery";
  static final String ADMIN_EMAIL = "admin@eventmart.local";
  static final String ADMIN_PASSWORD = "eventmart-admin";
  static final String CORRELATION_HEADER = "X-Correlation-Id";

  private static final AtomicInteger skus = new AtomicInteger();

  /** Somebody with an account and a bearer token. */
  record User(UUID id, String email, String token) {}

  /** An answer of the API: status, headers and the body as sent. */
  record Reply(int status, HttpHeaders headers, byte[] body) {

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    JsonNode json() {
      return JSON.readTree(body);
    }
  }

  static final JsonMapper JSON = JsonMapper.builder().build();

  private final WebClient web;
  private final String baseUrl;

  AuditorHttp(int port) {
    this.baseUrl = "http://localhost:" + port;
    this.web =
        WebClient.builder()
            .baseUrl(baseUrl)
            .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
            .build();
  }

  String baseUrl() {
    return baseUrl;
  }

  // ------------------------------------------------------------------ the platform's servers

  // ------------------------------------------------------------------ accounts

  User admin() {
    return new User(null, ADMIN_EMAIL, login(ADMIN_EMAIL, ADMIN_PASSWORD));
  }

  User customer() {
    String email = "customer-" + UUID.randomUUID() + "@example.com";
    return new User(register(email), email, login(email, PASSWORD));
  }

  /** A new account the administrator made an auditor. */
  User auditor() {
    String email = "auditor-" + UUID.randomUUID() + "@example.com";
    UUID id = register(email);
    Reply granted =
        send(
            HttpMethod.PUT,
            admin(),
            "/api/admin/users/" + id + "/roles",
            null,
            Map.of("roles", List.of("AUDITOR")));
    assertThat(granted.status()).as(granted.text()).isEqualTo(200);
    return new User(id, email, login(email, PASSWORD));
  }

  private UUID register(String email) {
    Reply registered =
        send(
            HttpMethod.POST,
            null,
            "/api/auth/register",
            null,
            Map.of("email", email, "password", PASSWORD, "name", "Audit Test"));
    assertThat(registered.status()).as(registered.text()).isEqualTo(201);
    return UUID.fromString(registered.json().path("id").asString());
  }

  private String login(String email, String password) {
    Reply login =
        send(
            HttpMethod.POST,
            null,
            "/api/auth/login",
            null,
            Map.of("email", email, "password", password));
    assertThat(login.status()).as(login.text()).isEqualTo(200);
    return login.json().path("accessToken").asString();
  }

  // ------------------------------------------------------------------ the shop

  /** Registers a product (as the administrator, in request {@code correlationId}). */
  UUID registerProduct(User admin, String correlationId, String name, String price, int stock) {
    Map<String, Object> product = new LinkedHashMap<>();
    product.put("sku", "AUDIT-" + skus.incrementAndGet() + "-" + UUID.randomUUID());
    product.put("name", name);
    product.put("description", name + " for the audit");
    product.put("category", "audit");
    product.put("price", price);
    product.put("initialStock", stock);
    Reply registered = send(HttpMethod.POST, admin, "/api/products", correlationId, product);
    assertThat(registered.status()).as(registered.text()).isEqualTo(201);
    String location = registered.headers().getFirst(HttpHeaders.LOCATION);
    return UUID.fromString(URI.create(location).getPath().replaceAll(".*/", ""));
  }

  void changePrice(User admin, String correlationId, UUID productId, String price) {
    Reply changed =
        send(
            HttpMethod.PUT,
            admin,
            "/api/products/" + productId + "/price",
            correlationId,
            Map.of("price", price));
    assertThat(changed.status()).as(changed.text()).isBetween(200, 204);
  }

  /**
   * Places an order of {@code quantity} units (as the customer, in request {@code correlationId}).
   */
  UUID placeOrder(User customer, String correlationId, UUID productId, int quantity, String card) {
    Map<String, Object> order =
        Map.of(
            "items",
            List.of(Map.of("productId", productId.toString(), "quantity", quantity)),
            "shippingAddress",
            Map.of(
                "name", "Ada Lovelace",
                "street", "1 Analytical St",
                "city", "London",
                "postalCode", "N1 9GU",
                "country", "GB"),
            "paymentMethod",
            Map.of("type", "card", "token", card));
    Reply placed = send(HttpMethod.POST, customer, "/api/orders", correlationId, order);
    assertThat(placed.status()).as(placed.text()).isEqualTo(202);
    assertThat(placed.headers().getFirst(CORRELATION_HEADER)).isEqualTo(correlationId);
    return UUID.fromString(placed.json().path("orderId").asString());
  }

  // ------------------------------------------------------------------ the audit

  Reply get(User user, String path) {
    return send(HttpMethod.GET, user, path, null, null);
  }

  /** The aggregate's history, once it has an event named {@code eventType}. */
  JsonNode awaitHistory(User auditor, String aggregateType, UUID id, String eventType) {
    String path = "/api/audit/" + aggregateType + "/" + id + "/events";
    await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(250))
        .until(() -> typesOf(okJson(auditor, path)).contains(eventType));
    return okJson(auditor, path);
  }

  /** The correlation's story, once the audit log holds every event named {@code eventTypes}. */
  JsonNode awaitCorrelation(User auditor, String correlationId, String... eventTypes) {
    String path = "/api/audit/correlations/" + correlationId;
    await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(250))
        .until(
            () -> {
              Reply reply = get(auditor, path);
              return reply.status() == 200
                  && typesOf(reply.json()).containsAll(List.of(eventTypes));
            });
    return okJson(auditor, path);
  }

  static List<String> typesOf(JsonNode events) {
    return StreamSupport.stream(events.spliterator(), false)
        .map(event -> event.path("type").asString())
        .toList();
  }

  private JsonNode okJson(User user, String path) {
    Reply reply = get(user, path);
    assertThat(reply.status()).as(path + ": " + reply.text()).isEqualTo(200);
    return reply.json();
  }

  private Reply send(HttpMethod method, User user, String path, String correlationId, Object body) {
    WebClient.RequestBodySpec request = web.method(method).uri(path);
    if (user != null) {
      request.header(HttpHeaders.AUTHORIZATION, "Bearer " + user.token());
    }
    if (correlationId != null) {
      request.header(CORRELATION_HEADER, correlationId);
    }
    WebClient.RequestHeadersSpec<?> ready =
        body == null ? request : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body);
    return ready
        .exchangeToMono(
            response ->
                response
                    .bodyToMono(byte[].class)
                    .defaultIfEmpty(new byte[0])
                    .map(
                        bytes ->
                            new Reply(
                                response.statusCode().value(),
                                response.headers().asHttpHeaders(),
                                bytes)))
        .block(PATIENCE);
  }
}
