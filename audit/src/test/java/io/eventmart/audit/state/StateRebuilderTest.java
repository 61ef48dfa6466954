package io.eventmart.audit.state;

import static io.eventmart.audit.state.SampleEvents.KETTLE;
import static io.eventmart.audit.state.SampleEvents.ORDER;
import static io.eventmart.audit.state.SampleEvents.OTHER_ORDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventmart.contracts.audit.AuditedAggregateType;
import io.eventmart.contracts.audit.OrderState;
import io.eventmart.contracts.cart.CartEvent;
import io.eventmart.contracts.order.OrderEvent;
import io.eventmart.contracts.order.OrderStatus;
import io.eventmart.contracts.payment.PaymentEvent;
import io.eventmart.contracts.payment.PaymentStatus;
import io.eventmart.contracts.product.ProductEvent;
import io.eventmart.contracts.product.StockEvent;
import io.eventmart.contracts.product.StockLevels;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StateRebuilderTest {

  /** One instance of every event of every audited family. */
  private static final Map<Class<?>, List<Object>> EVERY_EVENT =
      Map.of(
          OrderEvent.class,
          List.of(
              SampleEvents.orderPlaced(),
              SampleEvents.orderConfirmed(),
              SampleEvents.processingStarted(),
              SampleEvents.orderShipped(),
              SampleEvents.orderDelivered(),
              SampleEvents.orderCancelled(),
              SampleEvents.orderFailed()),
          CartEvent.class,
          List.of(
              SampleEvents.cartItemAdded(KETTLE, 1, 1),
              SampleEvents.cartItemQuantityChanged(KETTLE, 2),
              SampleEvents.cartItemRemoved(KETTLE),
              SampleEvents.cartCleared(),
              SampleEvents.cartCheckedOut()),
          ProductEvent.class,
          List.of(
              SampleEvents.productRegistered(),
              SampleEvents.productDetailsChanged(),
              SampleEvents.productPriceChanged(),
              SampleEvents.productDiscontinued()),
          StockEvent.class,
          List.of(
              SampleEvents.stockInitialized(),
              SampleEvents.stockRestocked(),
              SampleEvents.stockCountCorrected(),
              SampleEvents.stockReserved(ORDER, 1, StockLevels.of(12, 1)),
              SampleEvents.stockReservationRejected(),
              SampleEvents.stockReleased(ORDER, 1, StockLevels.of(12, 0)),
              SampleEvents.stockCommitted(OTHER_ORDER, 1, StockLevels.of(11, 0)),
              SampleEvents.lowStockDetected(),
              SampleEvents.lowStockResolved()),
          PaymentEvent.class,
          List.of(
              SampleEvents.paymentRequested(),
              SampleEvents.paymentAuthorized(),
              SampleEvents.paymentCaptured(),
              SampleEvents.paymentDeclined(),
              SampleEvents.paymentFailed(),
              SampleEvents.paymentVoided(),
              SampleEvents.refundRequested("5.00"),
              SampleEvents.refunded("5.00", "5.00", PaymentStatus.PARTIALLY_REFUNDED),
              SampleEvents.refundFailed("5.00")));

  private static final Map<Class<?>, AuditedAggregateType> VIEW_OF_FAMILY =
      Map.of(
          OrderEvent.class, AuditedAggregateType.ORDER,
          CartEvent.class, AuditedAggregateType.CART,
          ProductEvent.class, AuditedAggregateType.PRODUCT,
          StockEvent.class, AuditedAggregateType.INVENTORY,
          PaymentEvent.class, AuditedAggregateType.PAYMENT);

  @Test
  void foldsEveryEventOfEveryAuditedFamily() {
    EVERY_EVENT.forEach(
        (family, events) -> {
          assertThat(events.stream().map(Object::getClass).map(Class::getName))
              .as("the test data covers every %s", family.getSimpleName())
              .containsExactlyInAnyOrderElementsOf(
                  Arrays.stream(family.getPermittedSubclasses()).map(Class::getName).toList());
          AuditedAggregateType view = VIEW_OF_FAMILY.get(family);

          var rebuilt =
              Rebuild.of(view, UUID.randomUUID(), AggregateStream.of(events.toArray()))
                  .atVersion(Long.MAX_VALUE)
                  .orElseThrow();

          assertThat(rebuilt.version()).isEqualTo(events.size() - 1);
          assertThat(rebuilt.state()).isNotNull();
        });
    assertThat(EVERY_EVENT.keySet()).hasSize(AuditedAggregateType.values().length);
    assertThat(Arrays.stream(AuditedAggregateType.values()))
        .allMatch(VIEW_OF_FAMILY::containsValue);
  }

  @Test
  void refusesAnEventItHasNoFoldFor() {
    List<RecordedEvent> strange =
        List.of(new RecordedEvent(0, AggregateStream.START, "not an order event"));

    assertThatThrownBy(
            () ->
                StateRebuilder.rebuild(
                    AuditedAggregateType.ORDER,
                    ORDER,
                    strange,
                    new StatePoint.AtVersion(Long.MAX_VALUE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.String");
  }

  @Test
  void rebuildsAPrefixOfTheHistoryEvenWhenLaterEventsCarryEarlierTimes() {
    // A clock that stepped back between two events: at 09:01:30 the order had not been placed,
    // so there is no state, even though the later confirmation claims an earlier time.
    Instant placedAt = Instant.parse("2026-03-02T09:02:00Z");
    List<RecordedEvent> events =
        List.of(
            new RecordedEvent(0, placedAt, SampleEvents.orderPlaced()),
            new RecordedEvent(1, placedAt.minusSeconds(60), SampleEvents.orderConfirmed()));

    assertThat(
            StateRebuilder.rebuild(
                AuditedAggregateType.ORDER,
                ORDER,
                events,
                new StatePoint.AtTime(Instant.parse("2026-03-02T09:01:30Z"))))
        .isEmpty();
    assertThat(
            StateRebuilder.rebuild(
                    AuditedAggregateType.ORDER,
                    ORDER,
                    events,
                    new StatePoint.AtTime(placedAt.plusSeconds(1)))
                .map(state -> ((OrderState) state.state()).status()))
        .contains(OrderStatus.CONFIRMED);
  }

  @Test
  void hasNoStateForAnAggregateWithoutEvents() {
    assertThat(
            StateRebuilder.rebuild(
                AuditedAggregateType.PAYMENT,
                UUID.randomUUID(),
                List.of(),
                new StatePoint.AtVersion(Long.MAX_VALUE)))
        .isEmpty();
  }
}
