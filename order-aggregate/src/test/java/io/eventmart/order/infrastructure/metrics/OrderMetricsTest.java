package io.eventmart.order.infrastructure.metrics;

import static io.eventmart.order.testdata.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.contracts.order.CancelledBy;
import io.eventmart.contracts.order.FailureReason;
import io.eventmart.contracts.order.OrderEvent.OrderCancelled;
import io.eventmart.contracts.order.OrderEvent.OrderConfirmed;
import io.eventmart.contracts.order.OrderEvent.OrderFailed;
import io.eventmart.contracts.order.OrderEvent.OrderPlaced;
import io.eventmart.contracts.order.OrderStatus;
import io.eventmart.contracts.payment.PaymentIds;
import io.eventmart.order.testdata.OrderBuilder;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OrderMetricsTest {

  private static final Instant PLACED_AT = Instant.parse("2026-11-23T10:00:00Z");

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final EmbeddedEventStore events =
      EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
  private final OrderMetrics metrics = new OrderMetrics(registry, events);

  @AfterEach
  void closeEventStore() {
    events.shutDown();
  }

  /** An order recorded as placed at {@link #PLACED_AT}, as the order aggregate stores it. */
  private UUID aPlacedOrder() {
    OrderBuilder order = anOrder().withIdempotencyKey(UUID.randomUUID().toString());
    OrderPlaced placed = order.placed();
    events.publish(
        new GenericDomainEventMessage<>(
            "Order",
            order.id().toString(),
            0,
            placed,
            MetaData.emptyInstance(),
            UUID.randomUUID().toString(),
            PLACED_AT));
    metrics.on(placed);
    return order.id();
  }

  private double count(String name) {
    return registry.get(name).counter().count();
  }

  private double failed(FailureReason reason) {
    return registry
        .get(OrderMetrics.FAILED)
        .tag("reason", reason.name().toLowerCase(Locale.ROOT))
        .counter()
        .count();
  }

  private double cancelledBy(CancelledBy who) {
    return registry
        .get(OrderMetrics.CANCELLED)
        .tag("cancelled.by", who.name().toLowerCase(Locale.ROOT))
        .counter()
        .count();
  }

  private Timer sagaDuration(String outcome) {
    return registry.get(OrderMetrics.SAGA_DURATION).tag("outcome", outcome).timer();
  }

  @Test
  void registersEverySeriesAtZeroBeforeTheFirstOrder() {
    assertThat(count(OrderMetrics.PLACED)).isZero();
    assertThat(count(OrderMetrics.CONFIRMED)).isZero();
    for (FailureReason reason : FailureReason.values()) {
      assertThat(failed(reason)).isZero();
    }
    for (CancelledBy who : CancelledBy.values()) {
      assertThat(cancelledBy(who)).isZero();
    }
    for (String outcome : new String[] {"confirmed", "failed", "cancelled"}) {
      assertThat(sagaDuration(outcome).count()).isZero();
    }
  }

  @Test
  void countsEveryPlacedOrder() {
    aPlacedOrder();
    aPlacedOrder();

    assertThat(count(OrderMetrics.PLACED)).isEqualTo(2);
  }

  @Test
  void countsAConfirmationAndTimesTheSagaFromThePlacementsTimestamp() {
    UUID orderId = aPlacedOrder();

    metrics.on(
        new OrderConfirmed(orderId, PaymentIds.forOrder(orderId)), PLACED_AT.plusMillis(2_500));

    assertThat(count(OrderMetrics.CONFIRMED)).isEqualTo(1);
    assertThat(sagaDuration("confirmed").count()).isEqualTo(1);
    assertThat(sagaDuration("confirmed").totalTime(TimeUnit.MILLISECONDS)).isEqualTo(2_500);
  }

  @Test
  void countsFailuresByTheirReasonAndTimesTheSaga() {
    UUID outOfStock = aPlacedOrder();
    UUID declined = aPlacedOrder();

    metrics.on(
        new OrderFailed(outOfStock, FailureReason.OUT_OF_STOCK, "Not enough stock for Mug"),
        PLACED_AT.plusSeconds(1));
    metrics.on(
        new OrderFailed(declined, FailureReason.PAYMENT_DECLINED, "insufficient funds"),
        PLACED_AT.plusSeconds(3));

    assertThat(failed(FailureReason.OUT_OF_STOCK)).isEqualTo(1);
    assertThat(failed(FailureReason.PAYMENT_DECLINED)).isEqualTo(1);
    assertThat(failed(FailureReason.PAYMENT_TIMEOUT)).isZero();
    assertThat(failed(FailureReason.PRODUCT_UNAVAILABLE)).isZero();
    assertThat(sagaDuration("failed").count()).isEqualTo(2);
    assertThat(sagaDuration("failed").totalTime(TimeUnit.SECONDS)).isEqualTo(4);
  }

  @Test
  void timesACancellationOnlyWhenItPreemptedTheSagasDecision() {
    UUID pending = aPlacedOrder();
    UUID confirmed = aPlacedOrder();

    metrics.on(
        new OrderCancelled(pending, OrderStatus.PENDING, CancelledBy.CUSTOMER, "changed my mind"),
        PLACED_AT.plusSeconds(1));
    metrics.on(
        new OrderCancelled(confirmed, OrderStatus.CONFIRMED, CancelledBy.ADMIN, "fraud suspected"),
        PLACED_AT.plusSeconds(60));

    assertThat(cancelledBy(CancelledBy.CUSTOMER)).isEqualTo(1);
    assertThat(cancelledBy(CancelledBy.ADMIN)).isEqualTo(1);
    assertThat(sagaDuration("cancelled").count()).isEqualTo(1);
    assertThat(sagaDuration("cancelled").totalTime(TimeUnit.SECONDS)).isEqualTo(1);
  }

  @Test
  void countsADecisionEvenWhenThePlacementCannotBeFound() {
    UUID unknown = UUID.randomUUID();

    metrics.on(new OrderConfirmed(unknown, PaymentIds.forOrder(unknown)), PLACED_AT);

    assertThat(count(OrderMetrics.CONFIRMED)).isEqualTo(1);
    assertThat(sagaDuration("confirmed").count()).isZero();
  }

  @Test
  void countsNothingOfAnEventThatWasRolledBack() {
    UnitOfWork<?> refusedCommand =
        DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("PlaceOrder"));
    metrics.on(anOrder().placed());

    refusedCommand.rollback();

    assertThat(count(OrderMetrics.PLACED)).isZero();
  }

  @Test
  void countsAnEventOnceItsUnitOfWorkCommitted() {
    UnitOfWork<?> command =
        DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("PlaceOrder"));
    metrics.on(anOrder().placed());
    assertThat(count(OrderMetrics.PLACED)).isZero();

    command.commit();

    assertThat(count(OrderMetrics.PLACED)).isEqualTo(1);
  }

  @Test
  void ignoresADurationMadeNegativeByClocksThatDisagree() {
    UUID orderId = aPlacedOrder();

    metrics.on(
        new OrderFailed(orderId, FailureReason.PAYMENT_TIMEOUT, "no answer"),
        PLACED_AT.minus(Duration.ofMillis(5)));

    assertThat(failed(FailureReason.PAYMENT_TIMEOUT)).isEqualTo(1);
    assertThat(sagaDuration("failed").count()).isZero();
  }
}
