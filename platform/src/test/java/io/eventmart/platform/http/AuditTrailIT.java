package io.eventmart.platform.http;

import static io.eventmart.platform.http.AuditorHttp.typesOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.contracts.payment.PaymentIds;
import io.eventmart.platform.PlatformServers;
import io.eventmart.platform.http.AuditorHttp.Reply;
import io.eventmart.platform.http.AuditorHttp.User;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The audit over HTTP against the whole running platform. An administrator registers a kettle, a
 * customer orders two (paid with tok_visa), the administrator changes the kettle's price — each
 * request with an X-Correlation-Id of its own — and an auditor reads it all back: the order's whole
 * story by its correlation id, the histories and states as of any point of the order, the product,
 * its inventory and the payment, and a verifiable export.
 */
class AuditTrailIT extends AuditedPlatform {

  @DynamicPropertySource
  static void servers(DynamicPropertyRegistry registry) {
    PlatformServers.register(registry, "http_audit");
  }

  private User customer;
  private final String registration = "registration-" + UUID.randomUUID();
  private final String checkout = "checkout-" + UUID.randomUUID();
  private final String repricing = "repricing-" + UUID.randomUUID();
  private UUID product;
  private UUID order;
  private UUID payment;

  @BeforeAll
  void anOrderToAudit() {
    customer = http.customer();
    product = http.registerProduct(admin, registration, "Audited Kettle", "40.00", 10);
    order = http.placeOrder(customer, checkout, product, 2, "tok_visa");
    payment = PaymentIds.forOrder(order);
    http.awaitHistory(auditor, "order", order, "OrderConfirmed");
    http.changePrice(admin, repricing, product, "35.00");
    http.awaitHistory(auditor, "product", product, "ProductPriceChanged");
  }

  @Test
  void readsTheWholeStoryOfAnOrderBackThroughTheCorrelationIdItWasPlacedWith() {
    JsonNode story =
        http.awaitCorrelation(
            auditor,
            checkout,
            "OrderPlaced",
            "StockReserved",
            "PaymentRequested",
            "PaymentAuthorized",
            "PaymentCaptured",
            "OrderConfirmed");

    assertThat(typesOf(story))
        .containsExactly(
            "OrderPlaced",
            "StockReserved",
            "PaymentRequested",
            "PaymentAuthorized",
            "PaymentCaptured",
            "OrderConfirmed");
    assertThat(values(story, "aggregateType"))
        .containsExactly("order", "inventory", "payment", "payment", "payment", "order");
    assertThat(values(story, "aggregateId"))
        .containsExactly(
            order.toString(),
            product.toString(),
            payment.toString(),
            payment.toString(),
            payment.toString(),
            order.toString());
    assertThat(story.findValues("position").stream().map(JsonNode::asLong).toList()).isSorted();
    story.forEach(
        event -> {
          assertThat(event.path("metadata").path("correlationId").asString()).isEqualTo(checkout);
          assertThat(event.path("metadata").path("userId").asString())
              .isEqualTo(customer.id().toString());
          assertThat(event.path("metadata").path("causationId").asString()).isNotBlank();
        });
    assertThat(story.get(1).path("payload").path("orderId").asString()).isEqualTo(order.toString());
    assertThat(story.get(1).path("payload").path("quantity").asInt()).isEqualTo(2);
  }

  @Test
  void answersAnOrdersHistoryAndItsStateAsOfEachStep() {
    JsonNode history = http.awaitHistory(auditor, "order", order, "OrderConfirmed");

    assertThat(typesOf(history)).containsExactly("OrderPlaced", "OrderConfirmed");
    JsonNode placed = history.get(0);
    assertThat(placed.path("sequence").asLong()).isZero();
    assertThat(placed.path("revision").asString()).isEqualTo("1");
    assertThat(placed.path("payload").path("customerId").asString())
        .isEqualTo(customer.id().toString());
    assertThat(placed.path("payload").path("total").path("amount").decimalValue())
        .isEqualByComparingTo("80.00");
    assertThat(placed.path("metadata").path("correlationId").asString()).isEqualTo(checkout);

    JsonNode pending = state("order", order, "version=0");
    assertThat(pending.path("version").asLong()).isZero();
    assertThat(pending.path("state").path("status").asString()).isEqualTo("PENDING");
    assertThat(pending.path("state").path("lines").get(0).path("productName").asString())
        .isEqualTo("Audited Kettle");
    assertThat(pending.path("state").path("paymentId").isNull()).isTrue();

    String confirmedAt = history.get(1).path("timestamp").asString();
    JsonNode confirmed = state("order", order, "at=" + confirmedAt);
    assertThat(confirmed.path("version").asLong()).isEqualTo(1);
    assertThat(confirmed.path("at").asString()).isEqualTo(confirmedAt);
    assertThat(confirmed.path("state").path("status").asString()).isEqualTo("CONFIRMED");
    assertThat(confirmed.path("state").path("paymentId").asString()).isEqualTo(payment.toString());

    String justBefore = Instant.parse(confirmedAt).minusMillis(1).toString();
    assertThat(state("order", order, "at=" + justBefore).path("state").path("status").asString())
        .isEqualTo("PENDING");
  }

  @Test
  void showsAProductAndItsInventoryAsTwoViewsOfOneAggregate() {
    JsonNode catalog = http.awaitHistory(auditor, "product", product, "ProductPriceChanged");
    JsonNode stock = http.awaitHistory(auditor, "inventory", product, "StockReserved");

    assertThat(typesOf(catalog)).containsExactly("ProductRegistered", "ProductPriceChanged");
    assertThat(typesOf(stock)).containsExactly("StockInitialized", "StockReserved");
    assertThat(values(catalog, "sequence")).containsExactly("0", "3");
    assertThat(values(stock, "sequence")).containsExactly("1", "2");
    assertThat(catalog.get(0).path("metadata").path("correlationId").asString())
        .isEqualTo(registration);
    assertThat(catalog.get(1).path("metadata").path("correlationId").asString())
        .isEqualTo(repricing);
    assertThat(stock.get(1).path("metadata").path("correlationId").asString()).isEqualTo(checkout);

    // Before the repricing (version 2 is a stock event: the product is as of version 0).
    JsonNode registered = state("product", product, "version=2");
    assertThat(registered.path("version").asLong()).isZero();
    assertThat(registered.path("state").path("price").decimalValue()).isEqualByComparingTo("40.00");
    assertThat(registered.path("state").path("status").asString()).isEqualTo("ACTIVE");
    assertThat(state("product", product, "version=3").path("state").path("price").decimalValue())
        .isEqualByComparingTo("35.00");

    JsonNode opening = state("inventory", product, "version=1");
    assertThat(opening.path("state").path("onHand").asInt()).isEqualTo(10);
    assertThat(opening.path("state").path("reserved").asInt()).isZero();
    JsonNode reserved = state("inventory", product, "version=3");
    assertThat(reserved.path("version").asLong()).isEqualTo(2);
    assertThat(reserved.path("state").path("reserved").asInt()).isEqualTo(2);
    assertThat(reserved.path("state").path("available").asInt()).isEqualTo(8);
    assertThat(reserved.path("state").path("holds").get(0).path("orderId").asString())
        .isEqualTo(order.toString());
  }

  @Test
  void answersAPaymentsHistoryAndItsStateAsOfEachStep() {
    JsonNode history = http.awaitHistory(auditor, "payment", payment, "PaymentCaptured");

    assertThat(typesOf(history))
        .containsExactly("PaymentRequested", "PaymentAuthorized", "PaymentCaptured");
    assertThat(state("payment", payment, "version=0").path("state").path("status").asString())
        .isEqualTo("PENDING");
    assertThat(state("payment", payment, "version=1").path("state").path("status").asString())
        .isEqualTo("AUTHORIZED");
    JsonNode captured = state("payment", payment, "version=2").path("state");
    assertThat(captured.path("status").asString()).isEqualTo("CAPTURED");
    assertThat(captured.path("capturedAmount").decimalValue()).isEqualByComparingTo("80.00");
    assertThat(captured.path("orderId").asString()).isEqualTo(order.toString());
  }

  @Test
  void exportsTheLogAsNdjsonWhoseDigestLineSealsEveryLineBeforeIt() throws Exception {
    http.awaitCorrelation(auditor, repricing, "ProductPriceChanged");
    String window = "from=" + started.minusSeconds(60) + "&to=" + Instant.now().plusSeconds(60);

    Reply export = http.get(auditor, "/api/audit/events?" + window);

    assertThat(export.status()).as(export.text()).isEqualTo(200);
    assertThat(export.headers().getContentType().toString()).startsWith("application/x-ndjson");
    byte[] body = export.body();
    List<String> lines = export.text().lines().toList();
    String summary = lines.get(lines.size() - 1);
    byte[] eventLines =
        Arrays.copyOf(body, body.length - summary.getBytes(StandardCharsets.UTF_8).length - 1);
    JsonNode sealed = AuditorHttp.JSON.readTree(summary);
    assertThat(sealed.path("digest").asString())
        .isEqualTo(
            "sha256:"
                + HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(eventLines)));
    assertThat(sealed.path("count").asLong()).isEqualTo(lines.size() - 1);
    List<JsonNode> events =
        lines.subList(0, lines.size() - 1).stream().map(AuditorHttp.JSON::readTree).toList();
    assertThat(events.stream().map(event -> event.path("position").asLong()).toList()).isSorted();
    assertThat(
            events.stream()
                .filter(e -> checkout.equals(e.path("metadata").path("correlationId").asString()))
                .map(e -> e.path("type").asString())
                .toList())
        .containsExactly(
            "OrderPlaced",
            "StockReserved",
            "PaymentRequested",
            "PaymentAuthorized",
            "PaymentCaptured",
            "OrderConfirmed");

    Reply placements = http.get(auditor, "/api/audit/events?" + window + "&type=OrderPlaced");
    List<String> placementLines = placements.text().lines().toList();
    assertThat(placementLines).hasSize(2);
    assertThat(AuditorHttp.JSON.readTree(placementLines.get(0)).path("aggregateId").asString())
        .isEqualTo(order.toString());
    assertThat(placementLines.get(1)).contains("\"count\":1");
  }

  @Test
  void refusesCustomersUnknownTypesAndAmbiguousPoints() {
    assertThat(http.get(customer, "/api/audit/order/" + order + "/events").status()).isEqualTo(403);
    assertThat(http.get(customer, "/api/audit/correlations/" + checkout).status()).isEqualTo(403);
    assertThat(http.get(auditor, "/api/audit/shipment/" + order + "/events").status())
        .isEqualTo(400);
    assertThat(http.get(auditor, "/api/audit/order/" + UUID.randomUUID() + "/events").status())
        .isEqualTo(404);
    assertThat(http.get(auditor, "/api/audit/payment/" + order + "/events").status())
        .isEqualTo(404);
    assertThat(http.get(auditor, "/api/audit/order/" + order + "/state").status()).isEqualTo(400);
    assertThat(
            http.get(auditor, "/api/audit/order/" + order + "/state?at=2000-01-01T00:00:00Z")
                .status())
        .isEqualTo(404);
  }

  private JsonNode state(String aggregateType, UUID id, String point) {
    Reply reply = http.get(auditor, "/api/audit/" + aggregateType + "/" + id + "/state?" + point);
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    assertThat(reply.json().path("aggregateType").asString()).isEqualTo(aggregateType);
    assertThat(reply.json().path("state").path("aggregateType").asString())
        .isEqualTo(aggregateType);
    return reply.json();
  }

  private static List<String> values(JsonNode events, String field) {
    return StreamSupport.stream(events.spliterator(), false)
        .map(event -> event.path(field).asString())
        .toList();
  }
}
