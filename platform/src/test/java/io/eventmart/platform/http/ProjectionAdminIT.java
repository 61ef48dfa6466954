package io.eventmart.platform.http;

import static io.eventmart.platform.http.ShopHttp.item;
import static io.eventmart.platform.http.ShopHttp.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.eventmart.platform.EventMartPlatform;
import io.eventmart.platform.http.ShopHttp.Reply;
import io.eventmart.platform.http.ShopHttp.User;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** Admins watch the read models and rebuild one while the API keeps serving. */
@SpringBootTest(
    classes = EventMartPlatform.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "eventmart.edge.demo-catalog=true")
@DirtiesContext
class ProjectionAdminIT {

  private static final String PROJECTIONS = "/api/admin/projections";

  @DynamicPropertySource
  static void servers(DynamicPropertyRegistry registry) {
    ShopHttp.registerServers(registry, "http_projections");
  }

  @LocalServerPort int port;
  private ShopHttp shop;
  private User admin;

  @BeforeEach
  void client() {
    shop = new ShopHttp(port);
    admin = shop.admin();
  }

  @Test
  void listsEveryReadModelByNameWithItsPosition() {
    JsonNode projections =
        shop.awaitJson(
            admin,
            PROJECTIONS,
            list ->
                texts(list, "name").containsAll(List.of("analytics", "catalog", "search"))
                    && texts(list, "status").stream().allMatch("RUNNING"::equals));

    List<String> names = texts(projections, "name");
    assertThat(names).isSorted().doesNotHaveDuplicates();
    projections.forEach(
        projection -> {
          assertThat(projection.path("position").asLong()).isNotNegative();
          assertThat(projection.path("lagEvents").asLong()).isNotNegative();
          assertThat(projection.path("replaying").asBoolean()).isFalse();
          assertThat(projection.path("replayProgress").isNull()).isTrue();
        });
  }

  @Test
  void rebuildsTheCatalogWithProgressAndKeepsEveryRowAndServingMeanwhile() {
    User customer = shop.customer();
    UUID product = shop.product("Rebuilt Rocket", "99.00", 10);
    UUID orderId = shop.placeOrder(customer, "tok_visa", List.of(item(product, 1)));
    shop.awaitOrder(customer, orderId, "CONFIRMED");
    shop.awaitPayment(customer, orderId, "CAPTURED");
    shop.awaitJson(null, "/api/products?size=100", page -> page.path("totalItems").asInt() == 21);
    shop.awaitJson(admin, PROJECTIONS, list -> catalog(list).path("lagEvents").asLong() == 0);
    JsonNode productsBefore = shop.get(null, "/api/products?size=100").body();
    JsonNode orderBefore = shop.get(customer, "/api/orders/" + orderId).body();
    JsonNode paymentBefore = shop.get(customer, "/api/orders/" + orderId + "/payment").body();
    JsonNode inventoryBefore = shop.get(null, "/api/inventory/" + product).body();

    Reply replay = shop.post(admin, PROJECTIONS + "/catalog/replay", null);

    assertThat(replay.status()).isEqualTo(202);
    assertThat(replay.text("name")).isEqualTo("catalog");
    List<JsonNode> samples = new ArrayList<>();
    await()
        .atMost(ShopHttp.PATIENCE)
        .pollInterval(ShopHttp.POLL)
        .until(
            () -> {
              JsonNode catalog = catalog(shop.get(admin, PROJECTIONS).body());
              samples.add(catalog);
              assertThat(shop.get(null, "/api/products").status()).isEqualTo(200);
              return !catalog.path("replaying").asBoolean()
                  && "RUNNING".equals(catalog.path("status").asString());
            });
    JsonNode first = samples.get(0);
    assertThat(first.path("replaying").asBoolean()).as("just after the request").isTrue();
    assertThat(first.path("status").asString()).isEqualTo("REPLAYING");
    samples.stream()
        .filter(sample -> sample.path("replaying").asBoolean())
        .forEach(
            sample -> assertThat(sample.path("replayProgress").asDouble()).isBetween(0.0, 1.0));

    assertThat(shop.get(null, "/api/products?size=100").body()).isEqualTo(productsBefore);
    assertThat(shop.get(customer, "/api/orders/" + orderId).body()).isEqualTo(orderBefore);
    assertThat(shop.get(customer, "/api/orders/" + orderId + "/payment").body())
        .isEqualTo(paymentBefore);
    assertThat(shop.get(null, "/api/inventory/" + product).body()).isEqualTo(inventoryBefore);
  }

  @Test
  void answers404ForAnUnknownReadModelAnd403ForNonAdmins() {
    Reply unknown = shop.post(admin, PROJECTIONS + "/nonexistent/replay", null);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.text("type")).isEqualTo("https://eventmart.io/problems/not-found");

    User customer = shop.customer();
    assertThat(shop.get(customer, PROJECTIONS).status()).isEqualTo(403);
    assertThat(shop.post(customer, PROJECTIONS + "/catalog/replay", null).status()).isEqualTo(403);
    assertThat(shop.get(null, PROJECTIONS).status()).isEqualTo(401);
  }

  private static JsonNode catalog(JsonNode projections) {
    for (JsonNode projection : projections) {
      if ("catalog".equals(projection.path("name").asString())) {
        return projection;
      }
    }
    throw new AssertionError("no catalog projection in " + projections);
  }
}
