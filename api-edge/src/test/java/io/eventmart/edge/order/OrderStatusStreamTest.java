package io.eventmart.edge.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventmart.contracts.order.OrderStatus;
import io.eventmart.contracts.order.query.OrderStatusUpdate;
import io.eventmart.edge.web.ApiProblem;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

class OrderStatusStreamTest {

  private static final UUID ORDER = UUID.fromString("8f0b6d1e-2c4a-4f7e-9a55-0c1d2e3f4a5b");
  private static final UUID CUSTOMER = UUID.fromString("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");

  private static OrderStatusUpdate change(OrderStatus status, long sequence) {
    return new OrderStatusUpdate(
        ORDER,
        CUSTOMER,
        status,
        Instant.parse("2026-11-23T10:00:00Z").plusSeconds(sequence),
        null,
        sequence);
  }

  private static final OrderStatusUpdate PLACED = change(OrderStatus.PENDING, 0);
  private static final OrderStatusUpdate CONFIRMED = change(OrderStatus.CONFIRMED, 1);
  private static final OrderStatusUpdate PROCESSING = change(OrderStatus.PROCESSING, 2);
  private static final OrderStatusUpdate SHIPPED = change(OrderStatus.SHIPPED, 3);
  private static final OrderStatusUpdate DELIVERED = change(OrderStatus.DELIVERED, 4);

  @Test
  void sendsTheHistoryThenTheLiveChanges() {
    Sinks.Many<OrderStatusUpdate> live = Sinks.many().unicast().onBackpressureBuffer();
    Flux<OrderStatusUpdate> stream =
        OrderStatusStream.after(
            -1, OrderStatusStream.changes(List.of(PLACED, CONFIRMED), live.asFlux()));

    StepVerifier.create(stream)
        .expectNext(PLACED, CONFIRMED)
        .then(() -> live.tryEmitNext(PROCESSING))
        .expectNext(PROCESSING)
        .thenCancel()
        .verify();
  }

  @Test
  void sendsAChangeThatArrivesBothInTheHistoryAndLiveOnlyOnce() {
    Flux<OrderStatusUpdate> live = Flux.just(CONFIRMED, PROCESSING, CONFIRMED);

    StepVerifier.create(
            OrderStatusStream.after(
                -1, OrderStatusStream.changes(List.of(PLACED, CONFIRMED), live)))
        .expectNext(PLACED, CONFIRMED, PROCESSING)
        .verifyComplete();
  }

  @Test
  void resumesAfterTheLastEventTheClientSaw() {
    Flux<OrderStatusUpdate> live = Flux.just(PROCESSING, SHIPPED);

    StepVerifier.create(
            OrderStatusStream.after(1, OrderStatusStream.changes(List.of(PLACED, CONFIRMED), live)))
        .expectNext(PROCESSING, SHIPPED)
        .verifyComplete();
  }

  @Test
  void completesAfterATerminalStatus() {
    Sinks.Many<OrderStatusUpdate> live = Sinks.many().unicast().onBackpressureBuffer();

    StepVerifier.create(
            OrderStatusStream.after(-1, OrderStatusStream.changes(List.of(PLACED), live.asFlux())))
        .expectNext(PLACED)
        .then(
            () -> {
              live.tryEmitNext(change(OrderStatus.FAILED, 1));
              live.tryEmitNext(change(OrderStatus.CONFIRMED, 2));
            })
        .expectNext(change(OrderStatus.FAILED, 1))
        .verifyComplete();
  }

  @Test
  void completesAtOnceForAnEndedOrderWhoseEveryChangeTheClientSaw() {
    Flux<OrderStatusUpdate> neverEnding = Flux.never();
    List<OrderStatusUpdate> history = List.of(PLACED, CONFIRMED, PROCESSING, SHIPPED, DELIVERED);

    StepVerifier.create(OrderStatusStream.after(4, OrderStatusStream.changes(history, neverEnding)))
        .verifyComplete();
    StepVerifier.create(OrderStatusStream.after(2, OrderStatusStream.changes(history, neverEnding)))
        .expectNext(SHIPPED, DELIVERED)
        .verifyComplete();
  }

  @Test
  void readsTheLastEventIdAReconnectingClientSends() {
    assertThat(OrderStatusStream.lastSeen(null)).isEqualTo(-1);
    assertThat(OrderStatusStream.lastSeen("")).isEqualTo(-1);
    assertThat(OrderStatusStream.lastSeen("7")).isEqualTo(7);
    assertThat(OrderStatusStream.lastSeen(" 12 ")).isEqualTo(12);
  }

  @Test
  void refusesALastEventIdThatCannotHaveComeFromTheStream() {
    for (String bogus : List.of("abc", "-3", "1.5", "99999999999999999999")) {
      assertThatThrownBy(() -> OrderStatusStream.lastSeen(bogus))
          .isInstanceOf(ApiProblem.class)
          .satisfies(
              problem -> assertThat(((ApiProblem) problem).problem().getStatus()).isEqualTo(400));
    }
  }
}
