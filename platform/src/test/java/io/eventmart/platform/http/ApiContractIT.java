package io.eventmart.platform.http;

import static io.eventmart.platform.http.ShopHttp.item;
import static io.eventmart.platform.http.ShopHttp.order;
import static io.eventmart.platform.http.ShopHttp.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import io.eventmart.platform.EventMartPlatform;
import io.eventmart.platform.PlatformServers;
import io.eventmart.platform.http.ShopHttp.Reply;
import io.eventmart.platform.http.ShopHttp.User;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The public API as a contract, end to end against the running platform: every endpoint of API.md
 * answers every role and anonymous callers as its table says, refuses bad input with problem
 * details that name the fields and keeps nothing of it, and is described by an OpenAPI document
 * that validates.
 */
@SpringBootTest(
    classes = EventMartPlatform.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      // The matrix sends a few hundred requests in a row; rate limits have a test of their own.
      "eventmart.edge.rate-limits.user-capacity=10000",
      "eventmart.edge.rate-limits.anonymous-capacity=10000",
      "eventmart.edge.rate-limits.login-capacity=10000"
    })
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiContractIT {

  private static final String CUSTOMER = "CUSTOMER";
  private static final String ADMIN = "ADMIN";
  private static final String ANALYST = "ANALYST";
  private static final String AUDITOR = "AUDITOR";
  private static final List<String> ROLES = List.of(CUSTOMER, ADMIN, ANALYST, AUDITOR);

  /** Who may call an endpoint: nobody needs to sign in, any signed-in user, or these roles. */
  private record Access(boolean anyone, Set<String> roles) {

    static final Access ANYONE = new Access(true, Set.of());
    static final Access ANY_USER = new Access(false, Set.copyOf(ROLES));

    static Access roles(String... roles) {
      return new Access(false, Set.of(roles));
    }
  }

  /**
   * One endpoint of API.md: its method and path template as the OpenAPI document names them, a
   * request to it, and who may call it. Requests that would change something either carry an
   * invalid body or name something that does not exist, so calling them changes nothing.
   */
  private record Endpoint(
      HttpMethod method,
      String template,
      String path,
      Object body,
      MediaType accept,
      Access access) {

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  @DynamicPropertySource
  static void servers(DynamicPropertyRegistry registry) {
    PlatformServers.register(registry, "http_contract");
  }

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;

  private ShopHttp shop;
  private Map<String, User> users;
  private User owner;
  private UUID product;
  private UUID orderId;
  private UUID paymentId;

  @BeforeAll
  void anOrderAndSomebodyOfEveryRole() {
    shop = new ShopHttp(port);
    owner = shop.customer();
    users =
        Map.of(
            CUSTOMER, owner,
            ADMIN, shop.admin(),
            ANALYST, shop.withRoles(ANALYST),
            AUDITOR, shop.withRoles(AUDITOR));
    product = shop.product("Contract Teapot", "24.50", 50);
    orderId = shop.placeOrder(owner, "tok_visa", List.of(item(product, 1)));
    shop.awaitOrder(owner, orderId, "CONFIRMED");
    paymentId =
        UUID.fromString(shop.awaitPayment(owner, orderId, "CAPTURED").path("paymentId").asString());
  }

  // ------------------------------------------------------------------ who may call what

  @Test
  void everyEndpointAnswersEveryRoleAndAnonymousCallersAsTheSecurityTableSays() {
    SoftAssertions softly = new SoftAssertions();
    for (Endpoint endpoint : endpoints()) {
      int anonymous = call(endpoint, null);
      if (endpoint.access().anyone()) {
        softly.assertThat(anonymous).as("anonymous " + endpoint).isNotIn(401, 403).isLessThan(500);
      } else {
        softly.assertThat(anonymous).as("anonymous " + endpoint).isEqualTo(401);
      }
      for (String role : ROLES) {
        int status = call(endpoint, users.get(role));
        String who = role + " " + endpoint;
        if (endpoint.access().anyone() || endpoint.access().roles().contains(role)) {
          softly.assertThat(status).as(who).isNotIn(401, 403).isLessThan(500);
        } else {
          softly.assertThat(status).as(who).isEqualTo(403);
        }
      }
    }
    softly.assertAll();
  }

  @Test
  void anotherCustomersOrderPaymentAndStreamsAnswer404() {
    User stranger = shop.customer();
    SoftAssertions softly = new SoftAssertions();
    for (String path :
        List.of(
            "/api/orders/" + orderId,
            "/api/orders/" + orderId + "/payment",
            "/api/payments/" + paymentId)) {
      Reply reply = shop.get(stranger, path);
      softly.assertThat(reply.status()).as(path).isEqualTo(404);
      softly
          .assertThat(reply.headers().getContentType())
          .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }
    softly
        .assertThat(shop.refusedStream(stranger, "/api/orders/" + orderId + "/stream").status())
        .as("the order's stream")
        .isEqualTo(404);
    softly
        .assertThat(shop.post(stranger, "/api/orders/" + orderId + "/cancel", Map.of()).status())
        .as("cancelling the order")
        .isEqualTo(404);
    softly.assertAll();

    assertThat(shop.get(owner, "/api/orders/" + orderId).text("status")).isEqualTo("CONFIRMED");
    assertThat(shop.get(stranger, "/api/orders").body().path("totalItems").asInt()).isZero();
  }

  // ------------------------------------------------------------------ bad input

  @Test
  void everyEndpointWithABodyExplainsEachInvalidFieldAndKeepsNothingOfIt() {
    User customer = shop.customer();
    User admin = users.get(ADMIN);
    String productPath = "/api/products/" + product;
    String stockPath = "/api/inventory/" + product;
    JsonNode productBefore = shop.get(null, productPath).body();
    JsonNode stockBefore = shop.get(null, stockPath).body();
    String tooLong = "x".repeat(501);

    SoftAssertions softly = new SoftAssertions();
    // Accounts.
    invalid(softly, POST, null, "/api/auth/register", "{}", "email", "password", "name");
    invalid(
        softly,
        POST,
        null,
        "/api/auth/register",
        "{\"email\":\"not-an-email\",\"password\":\"short\",\"name\":\"N\"}",
        "email",
        "password");
    invalid(softly, POST, null, "/api/auth/register", "{\"email\":[\"a@b.c\"]}", "email");
    invalid(softly, POST, null, "/api/auth/login", "{\"email\":\"\"}", "email", "password");
    invalid(
        softly, PUT, admin, "/api/admin/users/" + owner.id() + "/roles", "{\"roles\":[]}", "roles");
    invalid(
        softly,
        PUT,
        admin,
        "/api/admin/users/" + owner.id() + "/roles",
        "{\"roles\":[\"EMPEROR\"]}",
        "roles[0]");
    // Catalog and stock.
    invalid(
        softly,
        POST,
        admin,
        "/api/products",
        "{\"sku\":\"\",\"name\":\"\",\"category\":\"\",\"price\":-1,\"initialStock\":-5,"
            + "\"lowStockThreshold\":-1,\"currency\":\"EURO\"}",
        "sku",
        "name",
        "category",
        "price",
        "initialStock",
        "lowStockThreshold",
        "currency");
    invalid(
        softly,
        POST,
        admin,
        "/api/products",
        "{\"sku\":\"BAD-1\",\"name\":\"N\",\"category\":\"C\",\"price\":\"cheap\",\"initialStock\":1}",
        "price");
    invalid(
        softly,
        PUT,
        admin,
        productPath,
        "{\"name\":\"\",\"description\":\"d\"}",
        "name",
        "category");
    invalid(softly, PUT, admin, productPath + "/price", "{\"price\":0}", "price");
    invalid(softly, PUT, admin, productPath + "/price", "{\"price\":1.234}", "price");
    invalid(softly, POST, admin, stockPath + "/restock", "{\"quantity\":0}", "quantity");
    invalid(softly, POST, admin, stockPath + "/restock", "{\"quantity\":\"ten\"}", "quantity");
    invalid(softly, PUT, admin, stockPath, "{\"onHand\":-1,\"reason\":\"\"}", "onHand", "reason");
    // Cart.
    invalid(
        softly,
        POST,
        customer,
        "/api/cart/items",
        "{\"productId\":\"not-a-uuid\",\"quantity\":1}",
        "productId");
    invalid(
        softly,
        POST,
        customer,
        "/api/cart/items",
        "{\"productId\":\"" + product + "\",\"quantity\":0}",
        "quantity");
    invalid(softly, PUT, customer, "/api/cart/items/" + product, "{\"quantity\":-1}", "quantity");
    invalid(
        softly,
        POST,
        customer,
        "/api/cart/checkout",
        "{\"shippingAddress\":{\"country\":\"Britain\"},\"paymentMethod\":{\"type\":\"bitcoin\"}}",
        "shippingAddress.name",
        "shippingAddress.country",
        "paymentMethod.type",
        "paymentMethod.token");
    // Orders.
    invalid(
        softly, POST, customer, "/api/orders", "{}", "items", "shippingAddress", "paymentMethod");
    invalid(softly, POST, customer, "/api/orders", json(order("tok_visa", List.of())), "items");
    invalid(
        softly,
        POST,
        customer,
        "/api/orders",
        json(order("tok_visa", List.of(item(product, 0)))),
        "items[0].quantity");
    invalid(
        softly,
        POST,
        customer,
        "/api/orders",
        json(order("tok_visa", IntStream.range(0, 101).mapToObj(i -> item(product, 1)).toList())),
        "items");
    invalid(
        softly,
        POST,
        customer,
        "/api/orders",
        "{\"items\":[{\"productId\":\"" + product + "\",\"quantity\":\"two\"}]}",
        "items[0].quantity");
    invalid(
        softly,
        POST,
        customer,
        "/api/orders/" + orderId + "/cancel",
        "{\"reason\":\"" + tooLong + "\"}",
        "reason");
    invalid(
        softly, POST, admin, "/api/payments/" + paymentId + "/refund", "{\"amount\":0}", "amount");
    invalid(
        softly, POST, admin, "/api/payments/" + paymentId + "/refund", "{\"amount\":-5}", "amount");
    // Malformed JSON, wherever a body is read.
    for (Endpoint endpoint : endpoints()) {
      if (endpoint.body() != null) {
        invalid(
            softly,
            endpoint.method(),
            callerOf(endpoint),
            endpoint.path(),
            "{\"quantity\": ",
            "body");
      }
    }
    softly.assertAll();

    // Nothing of it was kept.
    assertThat(shop.get(customer, "/api/orders").body().path("totalItems").asInt()).isZero();
    assertThat(shop.get(customer, "/api/cart").body().path("items")).isEmpty();
    assertThat(shop.get(null, productPath).body()).isEqualTo(productBefore);
    assertThat(shop.get(null, stockPath).body()).isEqualTo(stockBefore);
    assertThat(shop.get(owner, "/api/orders/" + orderId).text("status")).isEqualTo("CONFIRMED");
    assertThat(
            shop.get(owner, "/api/payments/" + paymentId)
                .body()
                .path("refundedAmount")
                .decimalValue())
        .isZero();
    assertThat(shop.get(owner, "/api/auth/me").body().path("roles"))
        .extracting(JsonNode::asString)
        .containsExactly(CUSTOMER);
  }

  @Test
  void paramsOutOfRangeAndUnknownValuesAreRefusedWithTheParameterNamed() {
    User analyst = users.get(ANALYST);
    User auditor = users.get(AUDITOR);
    SoftAssertions softly = new SoftAssertions();
    badParameter(softly, null, "/api/products?size=100000", "size");
    badParameter(softly, null, "/api/products?page=-1", "page");
    badParameter(softly, null, "/api/products?sort=cheapest", "sort");
    badParameter(softly, null, "/api/products?minPrice=abc", "minPrice");
    badParameter(softly, null, "/api/search?q=tea&size=5000", "size");
    badParameter(softly, null, "/api/search?inStock=maybe", "inStock");
    badParameter(softly, owner, "/api/orders?status=LOST", "status");
    badParameter(softly, analyst, "/api/analytics/sales?bucket=fortnight", "bucket");
    badParameter(softly, analyst, "/api/analytics/summary?from=yesterday", "from");
    badParameter(softly, analyst, "/api/analytics/top-products?limit=0", "limit");
    badParameter(softly, auditor, "/api/audit/order/" + orderId + "/state?version=-1", "version");
    badParameter(softly, auditor, "/api/audit/order/not-a-uuid/events", "aggregateId");
    softly.assertAll();
  }

  @Test
  void noGarbageInABodyAParameterOrAnIdGetsA500() {
    List<String> garbage =
        List.of(
            "null",
            "[]",
            "\"text\"",
            "42",
            "{}}",
            "{\"quantity\":1e400,\"price\":1e400,\"amount\":-1e400,\"onHand\":99999999999999999999}",
            "{\"items\":null,\"shippingAddress\":[],\"paymentMethod\":\"card\",\"roles\":{}}",
            "{\"items\":[null,{}],\"productId\":\"\",\"price\":\"NaN\",\"currency\":\"\\u0000\"}",
            "[".repeat(5_000) + "]".repeat(5_000));
    String parameters =
        "page=abc&size=-5&sort=%25&from=notadate&to=2026-13-45T00:00:00Z&limit=99999999999"
            + "&q=%00&minPrice=1e400&maxPrice=-0&bucket=&status=&inStock=perhaps&at=x&version=y";
    SoftAssertions softly = new SoftAssertions();
    for (Endpoint endpoint : endpoints()) {
      User caller = callerOf(endpoint);
      if (endpoint.body() != null) {
        for (String body : garbage) {
          Reply reply = shop.raw(endpoint.method(), caller, endpoint.path(), body);
          String request = endpoint + " " + abbreviated(body);
          softly.assertThat(reply.status()).as(request).isBetween(400, 499);
          softly
              .assertThat(reply.headers().getContentType())
              .as(request)
              .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        }
      }
      String withParameters =
          endpoint.path() + (endpoint.path().contains("?") ? "&" : "?") + parameters;
      softly
          .assertThat(
              shop.status(
                  endpoint.method(), caller, withParameters, endpoint.body(), endpoint.accept()))
          .as(endpoint.method() + " " + withParameters)
          .isLessThan(500);
      String mangled = endpoint.path().replaceAll(UUID_PATTERN, "not-a-uuid");
      if (!mangled.equals(endpoint.path())) {
        softly
            .assertThat(
                shop.status(endpoint.method(), caller, mangled, endpoint.body(), endpoint.accept()))
            .as(endpoint.method() + " " + mangled)
            .isBetween(400, 499);
      }
    }
    softly.assertAll();
  }

  @Test
  void aBodyOverOneMebibyteIsRefusedWith413() {
    Reply reply =
        shop.raw(
            POST,
            owner,
            "/api/orders",
            "{\"shippingAddress\":{\"name\":\"" + "x".repeat(1_100_000) + "\"}}");

    assertThat(reply.status()).isEqualTo(413);
    assertThat(reply.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
  }

  // ------------------------------------------------------------------ secrets

  @Test
  void passwordsAccessTokensAndCardTokensReachNeitherTheLogNorAnyStore(CapturedOutput log) {
    String email = "secretive-" + UUID.randomUUID() + "@example.com";
    String password = "pw-" + UUID.randomUUID();
    String cardToken = "tok_visa";
    assertThat(
            shop.post(
                    null,
                    "/api/auth/register",
                    Map.of("email", email, "password", password, "name", "Secretive"))
                .status())
        .isEqualTo(201);
    Reply login = shop.post(null, "/api/auth/login", Map.of("email", email, "password", password));
    User buyer = new User(null, email, login.text("accessToken"));
    assertThat(
            shop.post(null, "/api/auth/login", Map.of("email", email, "password", "wrong"))
                .status())
        .isEqualTo(401);
    UUID order = shop.placeOrder(buyer, cardToken, List.of(item(product, 1)));
    shop.awaitOrder(buyer, order, "CONFIRMED");

    for (String secret : List.of(password, buyer.token(), cardToken)) {
      assertThat(log.getAll()).as("the log").doesNotContain(secret);
      for (String[] store : STORES) {
        assertThat(
                jdbc.queryForObject(
                    "SELECT count(*) FROM "
                        + store[0]
                        + " WHERE position(convert_to(?, 'UTF8') IN "
                        + store[1]
                        + ") > 0",
                    Long.class,
                    secret))
            .as(store[0] + "." + store[1])
            .isZero();
      }
    }
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM edge.account WHERE password_hash = ? OR password_hash NOT LIKE '$2%'",
                Long.class, password))
        .as("passwords are kept as bcrypt hashes only")
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM orders.payment_method WHERE order_id = ?", Long.class, order))
        .as("the card token is erased once the payment is settled")
        .isZero();
  }

  /** Every column events, sagas, deadlines and dead letters are written to. */
  private static final String[][] STORES = {
    {"eventstore.domain_event_entry", "payload"},
    {"eventstore.domain_event_entry", "meta_data"},
    {"eventstore.snapshot_event_entry", "payload"},
    {"axon.saga_entry", "serialized_saga"},
    {"axon.scheduled_tasks", "task_data"},
    {"axon.dead_letter_entry", "payload"},
  };

  // ------------------------------------------------------------------ the OpenAPI document

  @Test
  void theOpenApiDocumentValidatesAndDescribesEveryEndpointWithItsSecurityAndErrors() {
    String document = shop.text(null, "/v3/api-docs", MediaType.APPLICATION_JSON);

    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document);
    assertThat(parsed.getMessages()).as("validation messages").isEmpty();
    var paths = parsed.getOpenAPI().getPaths();

    SoftAssertions softly = new SoftAssertions();
    for (Endpoint endpoint : endpoints()) {
      var item = paths.get(endpoint.template());
      softly.assertThat(item).as(endpoint.template()).isNotNull();
      if (item == null) {
        continue;
      }
      var operation =
          item.readOperationsMap()
              .get(io.swagger.v3.oas.models.PathItem.HttpMethod.valueOf(endpoint.method().name()));
      softly.assertThat(operation).as(endpoint.method() + " " + endpoint.template()).isNotNull();
      if (operation == null) {
        continue;
      }
      String name = endpoint.method() + " " + endpoint.template();
      softly.assertThat(operation.getSummary()).as("summary of " + name).isNotBlank();
      softly.assertThat(operation.getResponses()).as("responses of " + name).isNotEmpty();
      if (!endpoint.access().anyone()) {
        softly.assertThat(operation.getSecurity()).as("security of " + name).isNotEmpty();
        softly
            .assertThat(operation.getResponses().keySet())
            .as("error responses of " + name)
            .contains("401", "403");
      }
      if (endpoint.body() != null) {
        softly.assertThat(operation.getRequestBody()).as("request body of " + name).isNotNull();
        softly
            .assertThat(operation.getResponses().keySet())
            .as("errors of " + name)
            .contains("400");
      }
    }
    var orderNotFound =
        paths.get("/api/orders/{id}").getGet().getResponses().get("404").getContent();
    softly
        .assertThat(orderNotFound.get(MediaType.APPLICATION_PROBLEM_JSON_VALUE).getExamples())
        .as("an example of the problem details of an unknown order")
        .isNotEmpty();
    softly.assertAll();
  }

  // ------------------------------------------------------------------ the table of API.md

  private List<Endpoint> endpoints() {
    UUID unknown = UUID.fromString("00000000-0000-4000-8000-000000000000");
    String order = "/api/orders/" + orderId;
    Access customer = Access.roles(CUSTOMER);
    Access customerOrAdmin = Access.roles(CUSTOMER, ADMIN);
    Access admin = Access.roles(ADMIN);
    Access analytics = Access.roles(ANALYST, ADMIN);
    Access audit = Access.roles(AUDITOR, ADMIN);
    Map<String, Object> empty = Map.of();
    List<Endpoint> endpoints = new ArrayList<>();
    endpoints.add(json(POST, "/api/auth/register", "/api/auth/register", empty, Access.ANYONE));
    endpoints.add(json(POST, "/api/auth/login", "/api/auth/login", empty, Access.ANYONE));
    endpoints.add(json(GET, "/api/auth/me", "/api/auth/me", null, Access.ANY_USER));
    endpoints.add(
        json(
            PUT,
            "/api/admin/users/{id}/roles",
            "/api/admin/users/" + unknown + "/roles",
            Map.of("roles", List.of(CUSTOMER)),
            admin));
    endpoints.add(json(POST, "/api/products", "/api/products", empty, admin));
    endpoints.add(json(PUT, "/api/products/{id}", "/api/products/" + product, empty, admin));
    endpoints.add(
        json(PUT, "/api/products/{id}/price", "/api/products/" + product + "/price", empty, admin));
    endpoints.add(json(DELETE, "/api/products/{id}", "/api/products/" + unknown, null, admin));
    endpoints.add(json(GET, "/api/products", "/api/products", null, Access.ANYONE));
    endpoints.add(json(GET, "/api/products/{id}", "/api/products/" + product, null, Access.ANYONE));
    endpoints.add(json(GET, "/api/categories", "/api/categories", null, Access.ANYONE));
    endpoints.add(
        json(GET, "/api/inventory/{productId}", "/api/inventory/" + product, null, Access.ANYONE));
    endpoints.add(
        json(
            POST,
            "/api/inventory/{productId}/restock",
            "/api/inventory/" + product + "/restock",
            empty,
            admin));
    endpoints.add(
        json(PUT, "/api/inventory/{productId}", "/api/inventory/" + product, empty, admin));
    endpoints.add(json(GET, "/api/search", "/api/search?q=teapot", null, Access.ANYONE));
    endpoints.add(
        json(GET, "/api/search/suggestions", "/api/search/suggestions?q=tea", null, Access.ANYONE));
    endpoints.add(json(GET, "/api/cart", "/api/cart", null, customer));
    endpoints.add(json(POST, "/api/cart/items", "/api/cart/items", empty, customer));
    endpoints.add(
        json(PUT, "/api/cart/items/{productId}", "/api/cart/items/" + product, empty, customer));
    endpoints.add(
        json(DELETE, "/api/cart/items/{productId}", "/api/cart/items/" + product, null, customer));
    endpoints.add(json(DELETE, "/api/cart", "/api/cart", null, customer));
    endpoints.add(json(POST, "/api/cart/checkout", "/api/cart/checkout", empty, customer));
    endpoints.add(json(POST, "/api/orders", "/api/orders", empty, customer));
    endpoints.add(json(GET, "/api/orders", "/api/orders", null, customerOrAdmin));
    endpoints.add(json(GET, "/api/orders/{id}", order, null, customerOrAdmin));
    endpoints.add(
        json(
            POST,
            "/api/orders/{id}/cancel",
            "/api/orders/" + unknown + "/cancel",
            empty,
            customerOrAdmin));
    for (String step : List.of("process", "ship", "deliver")) {
      endpoints.add(
          json(
              POST,
              "/api/orders/{id}/" + step,
              "/api/orders/" + unknown + "/" + step,
              null,
              admin));
    }
    endpoints.add(stream("/api/orders/{id}/stream", order + "/stream", customerOrAdmin));
    endpoints.add(stream("/api/orders/stream", "/api/orders/stream", customerOrAdmin));
    endpoints.add(
        json(GET, "/api/payments/{id}", "/api/payments/" + paymentId, null, customerOrAdmin));
    endpoints.add(json(GET, "/api/orders/{id}/payment", order + "/payment", null, customerOrAdmin));
    endpoints.add(
        json(
            POST,
            "/api/payments/{id}/refund",
            "/api/payments/" + unknown + "/refund",
            empty,
            admin));
    endpoints.add(json(GET, "/api/analytics/summary", "/api/analytics/summary", null, analytics));
    endpoints.add(json(GET, "/api/analytics/sales", "/api/analytics/sales", null, analytics));
    endpoints.add(
        new Endpoint(
            GET,
            "/api/analytics/sales",
            "/api/analytics/sales",
            null,
            MediaType.parseMediaType("text/csv"),
            analytics));
    endpoints.add(
        json(GET, "/api/analytics/top-products", "/api/analytics/top-products", null, analytics));
    endpoints.add(
        json(GET, "/api/analytics/low-stock", "/api/analytics/low-stock", null, analytics));
    endpoints.add(stream("/api/analytics/stream", "/api/analytics/stream", analytics));
    endpoints.add(
        json(
            GET,
            "/api/audit/{aggregateType}/{aggregateId}/events",
            "/api/audit/order/" + orderId + "/events",
            null,
            audit));
    endpoints.add(
        json(
            GET,
            "/api/audit/{aggregateType}/{aggregateId}/state",
            "/api/audit/order/" + orderId + "/state?version=1",
            null,
            audit));
    endpoints.add(
        json(
            GET,
            "/api/audit/correlations/{correlationId}",
            "/api/audit/correlations/" + unknown,
            null,
            audit));
    endpoints.add(
        new Endpoint(
            GET,
            "/api/audit/events",
            "/api/audit/events",
            null,
            MediaType.parseMediaType("application/x-ndjson"),
            audit));
    endpoints.add(json(GET, "/api/admin/projections", "/api/admin/projections", null, admin));
    endpoints.add(
        json(
            POST,
            "/api/admin/projections/{name}/replay",
            "/api/admin/projections/no-such-projection/replay",
            null,
            admin));
    return Collections.unmodifiableList(endpoints);
  }

  private static Endpoint json(
      HttpMethod method, String template, String path, Object body, Access access) {
    return new Endpoint(method, template, path, body, MediaType.APPLICATION_JSON, access);
  }

  private static Endpoint stream(String template, String path, Access access) {
    return new Endpoint(GET, template, path, null, MediaType.TEXT_EVENT_STREAM, access);
  }

  // ------------------------------------------------------------------ helpers

  private static final String UUID_PATTERN =
      "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

  /** Somebody who may call the endpoint: nobody, or a user of a role it allows, customers first. */
  private User callerOf(Endpoint endpoint) {
    if (endpoint.access().anyone()) {
      return null;
    }
    Set<String> roles = endpoint.access().roles();
    return users.get(roles.contains(CUSTOMER) ? CUSTOMER : roles.iterator().next());
  }

  private int call(Endpoint endpoint, User user) {
    return shop.status(
        endpoint.method(), user, endpoint.path(), endpoint.body(), endpoint.accept());
  }

  private void invalid(
      SoftAssertions softly,
      HttpMethod method,
      User user,
      String path,
      String body,
      String... fields) {
    Reply reply = shop.raw(method, user, path, body);
    String request = method + " " + path + " " + abbreviated(body);
    softly.assertThat(reply.status()).as(request).isEqualTo(400);
    softly
        .assertThat(reply.headers().getContentType())
        .as(request)
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    softly.assertThat(texts(reply.body().path("errors"), "field")).as(request).contains(fields);
  }

  private void badParameter(SoftAssertions softly, User user, String path, String parameter) {
    Reply reply = shop.get(user, path);
    softly.assertThat(reply.status()).as(path).isEqualTo(400);
    softly
        .assertThat(reply.headers().getContentType())
        .as(path)
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    softly.assertThat(texts(reply.body().path("errors"), "field")).as(path).contains(parameter);
  }

  private static String json(Object value) {
    return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(value);
  }

  private static String abbreviated(String body) {
    return body.length() > 120 ? body.substring(0, 120) + "…" : body;
  }
}
