package io.eventmart.platform;

import static io.eventmart.contracts.order.FailureReason.PAYMENT_TIMEOUT;
import static io.eventmart.contracts.order.OrderStatus.CONFIRMED;
import static io.eventmart.contracts.order.OrderStatus.FAILED;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.contracts.payment.PaymentStatus;
import io.eventmart.contracts.product.StockLevels;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The platform is stopped in the middle of an order and started again on the same database: the
 * saga picks up where it was — its state, its tracking position and its deadline are all in
 * PostgreSQL, nothing lived only in memory.
 */
class RestartIT {

  private final Map<String, String> servers = PlatformServers.forPlatform("platform_restart");

  @Test
  void finishesAnOrderWhoseSagaWasInterruptedByARestart() {
    Shop.Product kettle;
    UUID order;
    try (var platform = start()) {
      Shop shop = shopOf(platform);
      kettle = shop.product("Kettle", "39.90", 5);
      order = shop.order("tok_visa", kettle.line(1));
    } // stopped right after the order was placed, wherever the saga was

    try (var platform = start()) {
      Shop shop = shopOf(platform);
      shop.awaitOrder(order, CONFIRMED);
      assertThat(shop.paymentStatus(order)).isEqualTo(PaymentStatus.CAPTURED);
      assertThat(shop.stock(kettle.id())).isEqualTo(StockLevels.of(5, 1));
    }
  }

  @Test
  void firesAPaymentDeadlineThatWasScheduledBeforeTheRestart() {
    Shop.Product kettle;
    UUID order;
    try (var platform = start()) {
      Shop shop = shopOf(platform);
      kettle = shop.product("Kettle", "39.90", 5);
      order = shop.order("tok_timeout", kettle.line(2));
      shop.awaitPayment(order, PaymentStatus.PENDING);
      assertThat(shop.orderStatus(order))
          .isEqualTo(io.eventmart.contracts.order.OrderStatus.PENDING);
      assertThat(pendingDeadlines(platform)).as("the payment deadline is stored").isPositive();
    }

    try (var platform = start()) {
      Shop shop = shopOf(platform);
      shop.awaitOrder(order, FAILED);
      assertThat(shop.failureReason(order)).contains(PAYMENT_TIMEOUT);
      shop.awaitPayment(order, PaymentStatus.VOIDED);
      shop.awaitStock(kettle.id(), StockLevels.of(5, 0));
    }
  }

  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(EventMartPlatform.class)
        .web(WebApplicationType.NONE)
        .properties(Map.<String, Object>copyOf(servers))
        .properties(
            "eventmart.order.saga.payment-timeout=" + PlatformTest.PAYMENT_TIMEOUT,
            "eventmart.deadlines.polling-interval=200ms")
        .run();
  }

  private static Shop shopOf(ConfigurableApplicationContext platform) {
    return new Shop(platform.getBean(CommandGateway.class), platform.getBean(EventStore.class));
  }

  private static int pendingDeadlines(ConfigurableApplicationContext platform) {
    return platform
        .getBean(JdbcTemplate.class)
        .queryForObject(
            "SELECT count(*) FROM axon.scheduled_tasks WHERE task_name = 'AxonDeadline'",
            Integer.class);
  }
}
