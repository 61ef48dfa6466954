package io.eventmart.order.it;

import static io.eventmart.order.testdata.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.eventmart.contracts.order.FailureReason;
import io.eventmart.order.paymentmethod.PaymentMethodVault;
import io.eventmart.order.saga.OrderSaga;
import io.eventmart.order.testdata.OrderBuilder;
import io.eventmart.testsupport.EventStoreTable;
import io.eventmart.testsupport.TestPostgres;
import java.time.Duration;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A restart in the middle of an order loses nothing: the saga's state and its deadline are in the
 * database, and the instance that starts next takes the order on. Nobody answers ReserveStock here,
 * so the order runs into the reservation deadline, which falls due while no instance runs.
 */
class OrderSagaIT {

  private static final Duration RESERVATION_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration WAIT = Duration.ofSeconds(40);

  private final TestPostgres.Database database = TestPostgres.freshDatabase("order_saga_restart");
  private final JdbcTemplate jdbc =
      new JdbcTemplate(
          new DriverManagerDataSource(database.url(), database.user(), database.password()));
  private final EventStoreTable events = new EventStoreTable(jdbc);

  private ConfigurableApplicationContext startAnInstance() {
    return new SpringApplicationBuilder(OrderTestApplication.class)
        .web(WebApplicationType.NONE)
        .properties(
            "axon.axonserver.enabled=false",
            "eventmart.deadlines.polling-interval=200ms",
            "eventmart.order.saga.reservation-timeout=" + RESERVATION_TIMEOUT.toSeconds() + "s",
            "spring.datasource.url=" + database.url(),
            "spring.datasource.username=" + database.user(),
            "spring.datasource.password=" + database.password())
        .run();
  }

  @Test
  void failsAnOrderWhoseReservationDeadlineFellDueWhileNoInstanceRan() {
    OrderBuilder order = anOrder().withIdempotencyKey(UUID.randomUUID().toString());

    try (ConfigurableApplicationContext beforeRestart = startAnInstance()) {
      beforeRestart.getBean(CommandGateway.class).sendAndWait(order.placeOrder());
      await().atMost(WAIT).until(() -> sagasOf(order.id()) == 1 && pendingDeadlines() == 1);
    }
    assertThat(events.eventTypesOf(order.id()))
        .as("the deadline had not fallen due before the instance stopped")
        .containsExactly("OrderPlaced");

    try (ConfigurableApplicationContext afterRestart = startAnInstance()) {
      await().atMost(WAIT).until(() -> events.eventTypesOf(order.id()).contains("OrderFailed"));
      assertThat(events.eventTypesOf(order.id())).containsExactly("OrderPlaced", "OrderFailed");
      assertThat(events.payloadOf(order.id(), 1).get("reason").asText())
          .isEqualTo(FailureReason.PRODUCT_UNAVAILABLE.name());
      assertThat(events.payloadOf(order.id(), 1).get("detail").asText())
          .isEqualTo("No stock answer in time for Blue mug, Fountain pen");

      await().atMost(WAIT).until(() -> sagasOf(order.id()) == 0);
      PaymentMethodVault vault = afterRestart.getBean(PaymentMethodVault.class);
      await().atMost(WAIT).until(() -> vault.find(order.id()).isEmpty());
    }
  }

  private int sagasOf(UUID orderId) {
    return jdbc.queryForObject(
        "SELECT count(*) FROM axon.association_value_entry"
            + " WHERE saga_type = ? AND association_key = 'orderId' AND association_value = ?",
        Integer.class,
        OrderSaga.class.getName(),
        orderId.toString());
  }

  private int pendingDeadlines() {
    return jdbc.queryForObject(
        "SELECT count(*) FROM axon.scheduled_tasks WHERE task_name = 'AxonDeadline'",
        Integer.class);
  }
}
