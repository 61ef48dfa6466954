package io.eventmart.analytics.sales;

import io.eventmart.analytics.ingest.IngestionListener;
import io.eventmart.contracts.analytics.AnalyticsQuery.WatchSalesSummary;
import io.eventmart.contracts.analytics.SalesSummary;
import io.eventmart.contracts.integration.IntegrationEvent;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keeps {@link WatchSalesSummary} subscribers up to date, throttled: at most once per {@code
 * interval}, and only after sales events were applied, it computes the summary of every window that
 * has subscribers and sends it to them when it differs from what they got last. Nothing is sent
 * while the model is being rebuilt (the figures would be half-built); once it is rebuilt, the
 * finished summary goes out.
 */
public final class SalesSummaryBroadcaster implements IngestionListener {

  private static final Logger log = LoggerFactory.getLogger(SalesSummaryBroadcaster.class);

  private final QueryUpdateEmitter emitter;
  private final Function<WatchSalesSummary, Mono<SalesSummary>> summaries;
  private final Duration interval;
  private final BooleanSupplier rebuilding;
  private final AtomicBoolean salesChanged = new AtomicBoolean();
  private final Map<WatchSalesSummary, SalesSummary> lastSent = new ConcurrentHashMap<>();
  private volatile Disposable ticker;

  /**
   * @param emitter sends updates to the subscription queries
   * @param summaries computes the summary of a window
   * @param interval at most one round of updates per interval
   * @param rebuilding whether the model is being rebuilt right now
   */
  public SalesSummaryBroadcaster(
      QueryUpdateEmitter emitter,
      Function<WatchSalesSummary, Mono<SalesSummary>> summaries,
      Duration interval,
      BooleanSupplier rebuilding) {
    this.emitter = emitter;
    this.summaries = summaries;
    this.interval = interval;
    this.rebuilding = rebuilding;
  }

  @Override
  public void applied(IntegrationEvent event) {
    if (SalesLedger.concernsSales(event.type())) {
      salesChanged.set(true);
    }
  }

  public synchronized void start() {
    if (ticker == null) {
      ticker =
          Flux.interval(interval, interval)
              .onBackpressureDrop()
              .concatMap(tick -> broadcastIfChanged(), 0)
              .subscribe();
    }
  }

  public synchronized void stop() {
    if (ticker != null) {
      ticker.dispose();
      ticker = null;
    }
  }

  /** One round: the summaries of the watched windows, if sales changed since the last round. */
  Mono<Void> broadcastIfChanged() {
    if (rebuilding.getAsBoolean() || !salesChanged.getAndSet(false)) {
      return Mono.empty();
    }
    Set<WatchSalesSummary> watched = watchedWindows();
    lastSent.keySet().retainAll(watched);
    return Flux.fromIterable(watched)
        .concatMap(
            window -> summaries.apply(window).doOnNext(summary -> sendIfNew(window, summary)))
        .then()
        .onErrorResume(
            failure -> {
              log.warn("Could not update the sales summary subscribers; trying again", failure);
              salesChanged.set(true);
              return Mono.empty();
            });
  }

  private Set<WatchSalesSummary> watchedWindows() {
    return emitter.activeSubscriptions().stream()
        .map(SubscriptionQueryMessage::getPayload)
        .filter(WatchSalesSummary.class::isInstance)
        .map(WatchSalesSummary.class::cast)
        .collect(Collectors.toSet());
  }

  private void sendIfNew(WatchSalesSummary window, SalesSummary summary) {
    if (!summary.equals(lastSent.put(window, summary))) {
      emitter.emit(WatchSalesSummary.class, window::equals, summary);
    }
  }
}
