package io.eventmart.analytics.sales;

import io.eventmart.contracts.analytics.AnalyticsQuery;
import io.eventmart.contracts.analytics.AnalyticsQuery.GetSalesOverTime;
import io.eventmart.contracts.analytics.AnalyticsQuery.GetSalesSummary;
import io.eventmart.contracts.analytics.AnalyticsQuery.GetTopProducts;
import io.eventmart.contracts.analytics.AnalyticsQuery.WatchSalesSummary;
import io.eventmart.contracts.analytics.SalesBucket;
import io.eventmart.contracts.analytics.SalesSummary;
import io.eventmart.contracts.analytics.TopProduct;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.queryhandling.QueryHandler;

/**
 * Answers the sales queries of the analytics contract without blocking: each answer is the
 * database's, handed over as a future. {@link WatchSalesSummary} answers its first summary here;
 * {@link SalesSummaryBroadcaster} sends the later ones.
 */
public final class SalesQueryHandler {

  private final SalesQueries queries;

  public SalesQueryHandler(SalesQueries queries) {
    this.queries = queries;
  }

  @QueryHandler
  CompletableFuture<SalesSummary> handle(GetSalesSummary query) {
    requireWindow(query.from(), query.to());
    return queries.summary(query.from(), query.to(), query.currency()).toFuture();
  }

  @QueryHandler
  CompletableFuture<SalesSummary> handle(WatchSalesSummary query) {
    requireWindow(query.from(), query.to());
    return queries.summary(query.from(), query.to(), query.currency()).toFuture();
  }

  @QueryHandler
  CompletableFuture<List<SalesBucket>> handle(GetSalesOverTime query) {
    requireWindow(query.from(), query.to());
    return queries.overTime(query.from(), query.to(), query.bucket(), query.currency()).toFuture();
  }

  @QueryHandler
  CompletableFuture<List<TopProduct>> handle(GetTopProducts query) {
    requireWindow(query.from(), query.to());
    if (query.limit() < 1 || query.limit() > AnalyticsQuery.MAX_TOP_PRODUCTS) {
      throw new IllegalArgumentException(
          "limit must be between 1 and "
              + AnalyticsQuery.MAX_TOP_PRODUCTS
              + ", not "
              + query.limit());
    }
    return queries
        .topProducts(query.from(), query.to(), query.limit(), query.currency())
        .toFuture();
  }

  /** The window must be there and not end before it starts. */
  private static void requireWindow(Instant from, Instant to) {
    if (from == null || to == null || to.isBefore(from)) {
      throw new IllegalArgumentException(
          "A window needs a from and a to that is not before it, not " + from + " to " + to);
    }
  }
}
