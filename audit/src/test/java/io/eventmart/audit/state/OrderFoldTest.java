package io.eventmart.audit.state;

import static io.eventmart.audit.state.SampleEvents.ADDRESS;
import static io.eventmart.audit.state.SampleEvents.CUSTOMER;
import static io.eventmart.audit.state.SampleEvents.KETTLE;
import static io.eventmart.audit.state.SampleEvents.MUG;
import static io.eventmart.audit.state.SampleEvents.ORDER;
import static io.eventmart.audit.state.SampleEvents.PAYMENT;
import static io.eventmart.audit.state.SampleEvents.orderCancelled;
import static io.eventmart.audit.state.SampleEvents.orderConfirmed;
import static io.eventmart.audit.state.SampleEvents.orderDelivered;
import static io.eventmart.audit.state.SampleEvents.orderFailed;
import static io.eventmart.audit.state.SampleEvents.orderPlaced;
import static io.eventmart.audit.state.SampleEvents.orderShipped;
import static io.eventmart.audit.state.SampleEvents.processingStarted;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.contracts.audit.AuditedAggregateType;
import io.eventmart.contracts.audit.OrderState;
import io.eventmart.contracts.audit.OrderState.OrderLineState;
import io.eventmart.contracts.audit.StateAsOf;
import io.eventmart.contracts.order.CancelledBy;
import io.eventmart.contracts.order.FailureReason;
import io.eventmart.contracts.order.OrderStatus;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class OrderFoldTest {

  private final Rebuild delivered =
      Rebuild.of(
          AuditedAggregateType.ORDER,
          ORDER,
          AggregateStream.of(
              orderPlaced(),
              orderConfirmed(),
              processingStarted(),
              orderShipped(),
              orderDelivered()));

  @Test
  void rebuildsAPlacedOrderWithWhatItsPlacementRecorded() {
    OrderState placed = delivered.atVersion(0, OrderState.class);

    assertThat(placed.orderId()).isEqualTo(ORDER);
    assertThat(placed.customerId()).isEqualTo(CUSTOMER);
    assertThat(placed.status()).isEqualTo(OrderStatus.PENDING);
    assertThat(placed.lines())
        .containsExactly(
            new OrderLineState(
                KETTLE, "Electric Kettle", 1, new BigDecimal("40.00"), new BigDecimal("40.00")),
            new OrderLineState(
                MUG, "Enamel Mug", 2, new BigDecimal("10.00"), new BigDecimal("20.00")));
    assertThat(placed.total()).isEqualByComparingTo("60.00");
    assertThat(placed.currency()).isEqualTo("EUR");
    assertThat(placed.shippingAddress()).isEqualTo(ADDRESS);
    assertThat(placed.paymentMethodType()).isEqualTo("card");
    assertThat(placed.idempotencyKey()).isEqualTo("key-1");
    assertThat(placed.placedAt()).isEqualTo(AggregateStream.timeOf(0));
    assertThat(placed.paymentId()).isNull();
  }

  @Test
  void showsEachStepOfTheLifecycleAtItsVersion() {
    assertThat(delivered.atVersion(1, OrderState.class).status()).isEqualTo(OrderStatus.CONFIRMED);
    assertThat(delivered.atVersion(1, OrderState.class).paymentId()).isEqualTo(PAYMENT);
    assertThat(delivered.atVersion(2, OrderState.class).status()).isEqualTo(OrderStatus.PROCESSING);
    assertThat(delivered.atVersion(3, OrderState.class).status()).isEqualTo(OrderStatus.SHIPPED);
    assertThat(delivered.atVersion(4, OrderState.class).status()).isEqualTo(OrderStatus.DELIVERED);
  }

  @Test
  void showsTheStepThatHadHappenedAtAMoment() {
    // Between the shipment (minute 3) and the delivery (minute 4).
    OrderState shipped = delivered.at(AggregateStream.timeOf(3).plusSeconds(30), OrderState.class);

    assertThat(shipped.status()).isEqualTo(OrderStatus.SHIPPED);
  }

  @Test
  void includesAnEventThatHappenedExactlyAtTheMoment() {
    assertThat(delivered.at(AggregateStream.timeOf(2), OrderState.class).status())
        .isEqualTo(OrderStatus.PROCESSING);
  }

  @Test
  void answersTheVersionAndTimeOfTheLastEventItReflects() {
    StateAsOf confirmed = delivered.at(AggregateStream.timeOf(1).plusSeconds(59)).orElseThrow();

    assertThat(confirmed.aggregateType()).isEqualTo(AuditedAggregateType.ORDER);
    assertThat(confirmed.aggregateId()).isEqualTo(ORDER);
    assertThat(confirmed.version()).isEqualTo(1);
    assertThat(confirmed.at()).isEqualTo(AggregateStream.timeOf(1));
  }

  @Test
  void hasNoStateBeforeItWasPlaced() {
    assertThat(delivered.at(AggregateStream.START.minusMillis(1))).isEmpty();
  }

  @Test
  void showsTheLatestStateForAVersionBeyondItsLastEvent() {
    StateAsOf latest = delivered.atVersion(99).orElseThrow();

    assertThat(latest.version()).isEqualTo(4);
    assertThat(((OrderState) latest.state()).status()).isEqualTo(OrderStatus.DELIVERED);
  }

  @Test
  void recordsWhoCancelledAndWhy() {
    OrderState cancelled =
        Rebuild.of(
                AuditedAggregateType.ORDER,
                ORDER,
                AggregateStream.of(orderPlaced(), orderConfirmed(), orderCancelled()))
            .latest(OrderState.class);

    assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(cancelled.cancelledBy()).isEqualTo(CancelledBy.CUSTOMER);
    assertThat(cancelled.cancellationReason()).isEqualTo("changed my mind");
    assertThat(cancelled.failureReason()).isNull();
  }

  @Test
  void recordsWhyTheOrderFailed() {
    OrderState failed =
        Rebuild.of(
                AuditedAggregateType.ORDER, ORDER, AggregateStream.of(orderPlaced(), orderFailed()))
            .latest(OrderState.class);

    assertThat(failed.status()).isEqualTo(OrderStatus.FAILED);
    assertThat(failed.failureReason()).isEqualTo(FailureReason.OUT_OF_STOCK);
    assertThat(failed.failureDetail()).isEqualTo("Enamel Mug: 1 of 2 available");
    assertThat(failed.cancelledBy()).isNull();
  }
}
