package io.eventmart.analytics.sales;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.contracts.analytics.AnalyticsQuery.GetSalesSummary;
import io.eventmart.contracts.analytics.AnalyticsQuery.WatchSalesSummary;
import io.eventmart.contracts.analytics.SalesSummary;
import io.eventmart.contracts.integration.IntegrationEvent;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericSubscriptionQueryMessage;
import org.axonframework.queryhandling.SimpleQueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.axonframework.queryhandling.UpdateHandlerRegistration;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** Live summaries: throttled, only for watched windows, only after sales changed. */
class SalesSummaryBroadcasterTest {

  private static final Instant FROM = Instant.parse("2026-05-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2026-05-02T00:00:00Z");
  private static final WatchSalesSummary WINDOW = new WatchSalesSummary(FROM, TO, "EUR");

  private final SimpleQueryUpdateEmitter emitter = SimpleQueryUpdateEmitter.builder().build();
  private final AtomicInteger placed = new AtomicInteger();
  private final AtomicInteger computed = new AtomicInteger();
  private final AtomicBoolean rebuilding = new AtomicBoolean();
  private final SalesSummaryBroadcaster broadcaster =
      new SalesSummaryBroadcaster(
          emitter,
          window -> {
            computed.incrementAndGet();
            return Mono.just(summary(window, placed.get()));
          },
          Duration.ofSeconds(1),
          rebuilding::get);

  @Test
  void sendsTheWatchedWindowItsSummaryAfterSalesChanged() {
    List<SalesSummary> updates = watch(WINDOW);
    placed.set(1);
    broadcaster.applied(event("order.created"));

    broadcaster.broadcastIfChanged().block();

    assertThat(updates).extracting(SalesSummary::ordersPlaced).containsExactly(1L);
  }

  @Test
  void staysQuietWhenNothingAboutSalesHappened() {
    watch(WINDOW);
    broadcaster.applied(event("inventory.updated"));

    broadcaster.broadcastIfChanged().block();

    assertThat(computed).hasValue(0);
  }

  @Test
  void computesNothingForWindowsNobodyWatches() {
    broadcaster.applied(event("order.confirmed"));

    broadcaster.broadcastIfChanged().block();

    assertThat(computed).hasValue(0);
  }

  @Test
  void sendsOneUpdatePerRoundHoweverManyEventsCameIn() {
    List<SalesSummary> updates = watch(WINDOW);
    for (int i = 1; i <= 50; i++) {
      placed.set(i);
      broadcaster.applied(event("order.created"));
    }

    broadcaster.broadcastIfChanged().block();
    broadcaster.broadcastIfChanged().block();

    assertThat(updates).extracting(SalesSummary::ordersPlaced).containsExactly(50L);
  }

  @Test
  void doesNotSendTheSameSummaryTwice() {
    List<SalesSummary> updates = watch(WINDOW);
    placed.set(1);
    broadcaster.applied(event("order.created"));
    broadcaster.broadcastIfChanged().block();

    broadcaster.applied(event("payment.authorized"));
    broadcaster.broadcastIfChanged().block();

    assertThat(updates).hasSize(1);
    assertThat(computed).hasValue(2);
  }

  @Test
  void holdsUpdatesBackWhileTheModelIsRebuiltAndSendsTheResultAfterwards() {
    List<SalesSummary> updates = watch(WINDOW);
    rebuilding.set(true);
    placed.set(3);
    broadcaster.applied(event("order.created"));

    broadcaster.broadcastIfChanged().block();
    assertThat(updates).isEmpty();

    rebuilding.set(false);
    broadcaster.broadcastIfChanged().block();
    assertThat(updates).extracting(SalesSummary::ordersPlaced).containsExactly(3L);
  }

  @Test
  void leavesOtherSubscriptionQueriesAlone() {
    var other =
        new GenericSubscriptionQueryMessage<>(
            new GetSalesSummary(FROM, TO, "EUR"),
            ResponseTypes.instanceOf(SalesSummary.class),
            ResponseTypes.instanceOf(SalesSummary.class));
    emitter.registerUpdateHandler(other, 16);
    broadcaster.applied(event("order.created"));

    broadcaster.broadcastIfChanged().block();

    assertThat(computed).hasValue(0);
  }

  private List<SalesSummary> watch(WatchSalesSummary window) {
    SubscriptionQueryMessage<WatchSalesSummary, SalesSummary, SalesSummary> query =
        new GenericSubscriptionQueryMessage<>(
            window,
            ResponseTypes.instanceOf(SalesSummary.class),
            ResponseTypes.instanceOf(SalesSummary.class));
    UpdateHandlerRegistration<Object> registration = emitter.registerUpdateHandler(query, 16);
    List<SalesSummary> updates = new ArrayList<>();
    registration.getUpdates().subscribe(update -> updates.add((SalesSummary) update.getPayload()));
    return updates;
  }

  private static SalesSummary summary(WatchSalesSummary window, long placed) {
    return new SalesSummary(
        window.from(),
        window.to(),
        window.currency(),
        placed,
        0,
        0,
        0,
        Map.of(),
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        0,
        0,
        0);
  }

  private static IntegrationEvent event(String type) {
    return new IntegrationEvent(
        "event-" + type, type, FROM, 1, "aggregate-1", "order", 0, Map.of(), null);
  }
}
