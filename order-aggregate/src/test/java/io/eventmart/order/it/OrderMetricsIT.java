package io.eventmart.order.it;

import static io.eventmart.order.testdata.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.eventmart.contracts.order.FailureReason;
import io.eventmart.contracts.order.OrderCommand.ConfirmOrder;
import io.eventmart.contracts.order.OrderCommand.FailOrder;
import io.eventmart.contracts.payment.PaymentIds;
import io.eventmart.order.order.IdempotencyKeyReused;
import io.eventmart.order.testdata.OrderBuilder;
import io.eventmart.order.testdata.Products;
import io.eventmart.support.command.CommandFailures;
import io.eventmart.testsupport.TestPostgres;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The order metrics as the module records them: each recorded event counted exactly once, nothing
 * counted for a command that changed nothing or was refused, and the saga timed from the timestamps
 * the event store holds.
 */
@SpringBootTest(classes = OrderTestApplication.class, properties = "axon.axonserver.enabled=false")
class OrderMetricsIT {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.freshDatabase("order_metrics").registerAsDataSource(registry);
  }

  @Autowired CommandGateway commands;
  @Autowired MeterRegistry meters;
  @Autowired JdbcTemplate jdbc;

  private static OrderBuilder aNewOrder() {
    return anOrder().withIdempotencyKey(UUID.randomUUID().toString());
  }

  @Test
  void countsEachRecordedOrderEventOnceAndTimesTheSagaFromTheStoredTimestamps() {
    double placedBefore = count("eventmart.orders.placed");
    OrderBuilder confirmed = aNewOrder();
    OrderBuilder failed = aNewOrder();

    commands.sendAndWait(confirmed.placeOrder());
    commands.sendAndWait(confirmed.placeOrder()); // a retried request records nothing new
    commands.sendAndWait(failed.placeOrder());
    commands.sendAndWait(new ConfirmOrder(confirmed.id(), PaymentIds.forOrder(confirmed.id())));
    commands.sendAndWait(
        new FailOrder(failed.id(), FailureReason.OUT_OF_STOCK, "Not enough stock for Blue mug"));

    assertThat(count("eventmart.orders.placed") - placedBefore).isEqualTo(2);
    assertThat(count("eventmart.orders.confirmed")).isEqualTo(1);
    assertThat(
            meters.get("eventmart.orders.failed").tag("reason", "out_of_stock").counter().count())
        .isEqualTo(1);
    Timer confirmations =
        meters.get("eventmart.order.saga.duration").tag("outcome", "confirmed").timer();
    assertThat(confirmations.count()).isEqualTo(1);
    assertThat(confirmations.totalTime(TimeUnit.MILLISECONDS))
        .isCloseTo(betweenStoredEvents(confirmed.id()).toNanos() / 1e6, within(0.01));
  }

  @Test
  void countsNothingForARefusedCommand() {
    OrderBuilder order = aNewOrder();
    commands.sendAndWait(order.placeOrder());
    double placed = count("eventmart.orders.placed");

    assertThatThrownBy(
            () -> commands.sendAndWait(order.withLines(Products.PEN.line(5)).placeOrder()))
        .satisfies(
            refusal ->
                assertThat(CommandFailures.domainErrorOf(refusal).orElseThrow().code())
                    .isEqualTo(IdempotencyKeyReused.CODE));

    assertThat(count("eventmart.orders.placed")).isEqualTo(placed);
  }

  private double count(String counter) {
    return meters.get(counter).counter().count();
  }

  /** The time between an order's first and second event, as the event store recorded them. */
  private Duration betweenStoredEvents(UUID orderId) {
    var timestamps =
        jdbc.queryForList(
            "SELECT time_stamp FROM eventstore.domain_event_entry"
                + " WHERE aggregate_identifier = ? ORDER BY sequence_number",
            String.class,
            orderId.toString());
    return Duration.between(Instant.parse(timestamps.get(0)), Instant.parse(timestamps.get(1)));
  }
}
