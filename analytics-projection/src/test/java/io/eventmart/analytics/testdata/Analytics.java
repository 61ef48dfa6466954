package io.eventmart.analytics.testdata;

import io.eventmart.contracts.analytics.AnalyticsQuery.GetLowStock;
import io.eventmart.contracts.analytics.AnalyticsQuery.GetSalesOverTime;
import io.eventmart.contracts.analytics.AnalyticsQuery.GetSalesSummary;
import io.eventmart.contracts.analytics.AnalyticsQuery.GetTopProducts;
import io.eventmart.contracts.analytics.BucketSize;
import io.eventmart.contracts.analytics.LowStockItem;
import io.eventmart.contracts.analytics.SalesBucket;
import io.eventmart.contracts.analytics.SalesSummary;
import io.eventmart.contracts.analytics.TopProduct;
import java.time.Instant;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/** The analytics questions, asked through Axon's query bus as the edge asks them. */
public final class Analytics {

  private final QueryGateway queries;

  public Analytics(QueryGateway queries) {
    this.queries = queries;
  }

  public SalesSummary summary(Instant from, Instant to, String currency) {
    return queries
        .query(
            new GetSalesSummary(from, to, currency), ResponseTypes.instanceOf(SalesSummary.class))
        .join();
  }

  public List<SalesBucket> salesOverTime(
      Instant from, Instant to, BucketSize bucket, String currency) {
    return queries
        .query(
            new GetSalesOverTime(from, to, bucket, currency),
            ResponseTypes.multipleInstancesOf(SalesBucket.class))
        .join();
  }

  public List<TopProduct> topProducts(Instant from, Instant to, int limit, String currency) {
    return queries
        .query(
            new GetTopProducts(from, to, limit, currency),
            ResponseTypes.multipleInstancesOf(TopProduct.class))
        .join();
  }

  public List<LowStockItem> lowStock() {
    return queries
        .query(new GetLowStock(), ResponseTypes.multipleInstancesOf(LowStockItem.class))
        .join();
  }
}
