package io.eventmart.platform.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.common.PaymentMethod;
import io.eventmart.contracts.common.ShippingAddress;
import io.eventmart.contracts.order.OrderCommand.PlaceOrder;
import io.eventmart.contracts.order.OrderLine;
import io.eventmart.contracts.product.ProductCommand.RegisterProduct;
import io.eventmart.platform.EventMartPlatform;
import io.eventmart.platform.PlatformServers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The running platform as operators and their tools see it, over HTTP: the liveness and readiness
 * probes with every server up, and the Prometheus scrape with the business metrics after a few
 * orders (placed through Axon's gateway, as the edge sends them), the projections' lag and the
 * payment gateway's circuit breaker.
 */
@SpringBootTest(
    classes = EventMartPlatform.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "eventmart.deadlines.polling-interval=200ms",
      "eventmart.operations.projection-metrics.interval=500ms"
    })
@DirtiesContext
class OperationsIT {

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final Duration POLL = Duration.ofMillis(500);
  private static final List<String> READINESS =
      List.of("readinessState", "db", "r2dbc", "eventStore", "searchIndex", "kafka");
  private static final ShippingAddress ADDRESS =
      new ShippingAddress("Grace Hopper", "1 Compiler Way", "Arlington", "22201", "US");

  @DynamicPropertySource
  static void servers(DynamicPropertyRegistry registry) {
    PlatformServers.register(registry, "operations");
  }

  @LocalServerPort int port;
  @Autowired CommandGateway commands;

  private WebTestClient http;

  @BeforeEach
  void client() {
    http =
        WebTestClient.bindToServer()
            .baseUrl("http://localhost:" + port)
            .responseTimeout(Duration.ofSeconds(30))
            .build();
  }

  @Test
  void isAliveWithoutAskingAnyServer() {
    http.get()
        .uri("/actuator/health/liveness")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("UP")
        .jsonPath("$.components.livenessState.status")
        .isEqualTo("UP")
        .jsonPath("$.components.length()")
        .isEqualTo(1);
  }

  @Test
  void isReadyOnceTheDatabaseTheEventStoreElasticsearchAndKafkaAnswer() {
    await()
        .atMost(PATIENCE)
        .pollInterval(POLL)
        .untilAsserted(
            () -> {
              var readiness =
                  http.get()
                      .uri("/actuator/health/readiness")
                      .exchange()
                      .expectStatus()
                      .isOk()
                      .expectBody()
                      .jsonPath("$.status")
                      .isEqualTo("UP")
                      .jsonPath("$.components.length()")
                      .isEqualTo(READINESS.size());
              for (String component : READINESS) {
                readiness.jsonPath("$.components." + component + ".status").isEqualTo("UP");
              }
            });
  }

  @Test
  void showsTheDetailsOfTheComponentsToAnAdministratorOnly() {
    String administrator = administratorToken();
    await()
        .atMost(PATIENCE)
        .pollInterval(POLL)
        .untilAsserted(
            () ->
                http.get()
                    .uri("/actuator/health/readiness")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + administrator)
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.components.kafka.details.brokers")
                    .isNumber()
                    .jsonPath("$.components.eventStore.status")
                    .isEqualTo("UP"));

    http.get()
        .uri("/actuator/health/readiness")
        .exchange()
        .expectBody()
        .jsonPath("$.components.kafka.status")
        .isEqualTo("UP")
        .jsonPath("$.components.kafka.details")
        .doesNotExist();
  }

  @Test
  void countsOrdersAndPaymentsAndTimesTheSagaAsOrdersAreDecided() {
    UUID lamp = product("Desk lamp", "20.00", 10);
    UUID vase = product("Rare vase", "300.00", 1);

    order(lamp, "Desk lamp", "20.00", 1, "tok_visa");
    order(lamp, "Desk lamp", "20.00", 1, "tok_declined");
    order(vase, "Rare vase", "300.00", 5, "tok_visa");

    await()
        .atMost(PATIENCE)
        .pollInterval(POLL)
        .untilAsserted(
            () -> {
              Scrape metrics = scrape();
              assertThat(metrics.value("eventmart_orders_confirmed_total")).isEqualTo(1);
              assertThat(metrics.value("eventmart_orders_failed_total", "reason", "out_of_stock"))
                  .isEqualTo(1);
              assertThat(
                      metrics.value("eventmart_orders_failed_total", "reason", "payment_declined"))
                  .isEqualTo(1);
            });

    Scrape metrics = scrape();
    assertThat(metrics.value("eventmart_orders_placed_total")).isEqualTo(3);
    assertThat(metrics.value("eventmart_orders_failed_total", "reason", "payment_timeout"))
        .isZero();
    assertThat(metrics.value("eventmart_orders_failed_total", "reason", "product_unavailable"))
        .isZero();
    assertThat(metrics.value("eventmart_orders_cancelled_total", "cancelled_by", "customer"))
        .isZero();
    assertThat(metrics.value("eventmart_payments_total", "outcome", "captured")).isEqualTo(1);
    assertThat(metrics.value("eventmart_payments_total", "outcome", "declined")).isEqualTo(1);
    for (String none : List.of("failed", "voided", "refunded")) {
      assertThat(metrics.value("eventmart_payments_total", "outcome", none)).isZero();
    }
    assertThat(metrics.value("eventmart_order_saga_duration_seconds_count", "outcome", "confirmed"))
        .isEqualTo(1);
    assertThat(metrics.value("eventmart_order_saga_duration_seconds_count", "outcome", "failed"))
        .isEqualTo(2);
    assertThat(metrics.value("eventmart_order_saga_duration_seconds_sum", "outcome", "confirmed"))
        .isPositive();
  }

  @Test
  void showsHowFarBehindEachProjectionIsAndTheStateOfThePaymentCircuitBreaker() {
    product("Reading glasses", "15.00", 3);

    await()
        .atMost(PATIENCE)
        .pollInterval(POLL)
        .untilAsserted(
            () -> {
              Scrape metrics = scrape();
              for (String projection : List.of("catalog", "search", "analytics")) {
                assertThat(
                        metrics.value("eventmart_projection_lag_events", "projection", projection))
                    .as("lag of %s", projection)
                    .isZero();
                assertThat(
                        metrics.value(
                            "eventmart_projection_state",
                            "projection",
                            projection,
                            "state",
                            "running"))
                    .as("%s running", projection)
                    .isEqualTo(1);
                assertThat(metrics.value("eventmart_projection_position", "projection", projection))
                    .as("position of %s", projection)
                    .isPositive();
              }
            });

    Scrape metrics = scrape();
    assertThat(
            metrics.value(
                "resilience4j_circuitbreaker_state", "name", "payment-gateway", "state", "closed"))
        .isEqualTo(1);
    assertThat(
            metrics.value(
                "resilience4j_circuitbreaker_state", "name", "payment-gateway", "state", "open"))
        .isZero();
  }

  // ------------------------------------------------------------------ the shop, through Axon

  private UUID product(String name, String price, int stock) {
    UUID id = UUID.randomUUID();
    commands.sendAndWait(
        new RegisterProduct(
            id,
            "OPS-" + id,
            name,
            name + " for the operations test",
            "operations",
            Money.of(price, "EUR"),
            stock,
            0));
    return id;
  }

  private void order(UUID product, String name, String price, int quantity, String cardToken) {
    commands.sendAndWait(
        new PlaceOrder(
            UUID.randomUUID(),
            UUID.randomUUID(),
            List.of(new OrderLine(product, name, quantity, Money.of(price, "EUR"))),
            ADDRESS,
            PaymentMethod.card(cardToken),
            null));
  }

  // ------------------------------------------------------------------ HTTP

  /** The bootstrap administrator of a local run logs in. */
  private String administratorToken() {
    return http.post()
        .uri("/api/auth/login")
        .bodyValue(Map.of("email", "admin@eventmart.local", "password", "eventmart-admin"))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(LoginAnswer.class)
        .returnResult()
        .getResponseBody()
        .accessToken();
  }

  private record LoginAnswer(String accessToken) {}

  private Scrape scrape() {
    String body =
        http.get()
            .uri("/actuator/prometheus")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    return Scrape.parse(body);
  }

  /** The samples of a Prometheus text exposition. */
  private record Scrape(List<Sample> samples) {

    private static final Pattern SAMPLE =
        Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+)$");
    private static final Pattern LABEL =
        Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private record Sample(String name, Map<String, String> labels, double value) {}

    static Scrape parse(String text) {
      List<Sample> samples = new ArrayList<>();
      for (String line : text.split("\n")) {
        Matcher sample = SAMPLE.matcher(line.strip());
        if (line.startsWith("#") || !sample.matches()) {
          continue;
        }
        Map<String, String> labels = new LinkedHashMap<>();
        if (sample.group(2) != null) {
          Matcher label = LABEL.matcher(sample.group(2));
          while (label.find()) {
            labels.put(label.group(1), label.group(2));
          }
        }
        samples.add(new Sample(sample.group(1), labels, Double.parseDouble(sample.group(3))));
      }
      return new Scrape(samples);
    }

    /** The value of the one sample named {@code name} with these label names and values. */
    double value(String name, String... labelsAndValues) {
      List<Sample> matching =
          samples.stream()
              .filter(sample -> sample.name().equals(name))
              .filter(
                  sample -> {
                    for (int i = 0; i < labelsAndValues.length; i += 2) {
                      if (!labelsAndValues[i + 1].equals(sample.labels().get(labelsAndValues[i]))) {
                        return false;
                      }
                    }
                    return true;
                  })
              .toList();
      assertThat(matching).as("samples of %s %s", name, List.of(labelsAndValues)).hasSize(1);
      return matching.get(0).value();
    }
  }
}
