package io.eventmart.analytics.sales;

import io.eventmart.contracts.analytics.BucketSize;
import io.eventmart.contracts.analytics.SalesBucket;
import io.eventmart.contracts.analytics.SalesSummary;
import io.eventmart.contracts.analytics.TopProduct;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import reactor.core.publisher.Mono;

/**
 * The sales questions, answered from the sales tables for any window [from, to) and currency, as
 * {@link SalesSummary} defines them: each count is of what happened in the window, revenue is that
 * of the orders confirmed in it, refunds those completed in it.
 */
public final class SalesQueries {

  private final DatabaseClient db;

  public SalesQueries(DatabaseClient db) {
    this.db = db;
  }

  public Mono<SalesSummary> summary(Instant from, Instant to, String currency) {
    return Mono.zip(orderFigures(from, to, currency), failuresByReason(from, to, currency))
        .zipWith(Mono.zip(refunded(from, to, currency), paymentOutcomes(from, to, currency)))
        .map(
            all -> {
              Map<String, Object> orders = all.getT1().getT1();
              Map<String, Object> payments = all.getT2().getT2();
              return new SalesFigures(
                      count(orders, "placed"),
                      count(orders, "confirmed"),
                      count(orders, "cancelled"),
                      count(orders, "failed"),
                      all.getT1().getT2(),
                      (BigDecimal) orders.get("gross"),
                      count(orders, "units"),
                      all.getT2().getT1(),
                      count(payments, "with_outcome"),
                      count(payments, "declined_or_failed"))
                  .toSummary(from, to, currency);
            });
  }

  public Mono<List<SalesBucket>> overTime(
      Instant from, Instant to, BucketSize size, String currency) {
    List<Instant> starts = SalesBuckets.startsBetween(from, to, size);
    String bucket =
        "date_trunc('" + SalesBuckets.sqlUnitOf(size) + "', confirmed_at AT TIME ZONE 'UTC')";
    return window(
            "SELECT "
                + bucket
                + " AS bucket_start, count(*) AS orders, sum(units) AS units, sum(total) AS revenue"
                + " FROM analytics.orders WHERE currency = :currency"
                + " AND confirmed_at >= :from AND confirmed_at < :to GROUP BY 1",
            from,
            to,
            currency)
        .map(
            row ->
                new SalesBucket(
                    row.get("bucket_start", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                    row.get("orders", Long.class),
                    row.get("units", Long.class),
                    row.get("revenue", BigDecimal.class)))
        .all()
        .collectMap(SalesBucket::bucketStart)
        .map(sold -> starts.stream().map(start -> sold.getOrDefault(start, empty(start))).toList());
  }

  /** Best sellers: units, then revenue, of the orders confirmed in the window. */
  public Mono<List<TopProduct>> topProducts(Instant from, Instant to, int limit, String currency) {
    return window(
            "SELECT l.product_id, coalesce(p.name, max(l.product_name)) AS name,"
                + " sum(l.quantity) AS units, sum(l.line_total) AS revenue"
                + " FROM analytics.order_lines l"
                + " JOIN analytics.orders o ON o.order_id = l.order_id"
                + " LEFT JOIN analytics.products p ON p.product_id = l.product_id"
                + " WHERE o.currency = :currency"
                + " AND o.confirmed_at >= :from AND o.confirmed_at < :to"
                + " GROUP BY l.product_id, p.name"
                + " ORDER BY units DESC, revenue DESC, l.product_id"
                + " LIMIT :limit",
            from,
            to,
            currency)
        .bind("limit", limit)
        .map(
            row ->
                new TopProduct(
                    row.get("product_id", UUID.class),
                    row.get("name", String.class),
                    row.get("units", Long.class),
                    row.get("revenue", BigDecimal.class)))
        .all()
        .collectList();
  }

  private Mono<Map<String, Object>> orderFigures(Instant from, Instant to, String currency) {
    return window(
            "SELECT"
                + " count(*) FILTER (WHERE placed_at >= :from AND placed_at < :to) AS placed,"
                + " count(*) FILTER (WHERE confirmed_at >= :from AND confirmed_at < :to)"
                + " AS confirmed,"
                + " count(*) FILTER (WHERE cancelled_at >= :from AND cancelled_at < :to)"
                + " AS cancelled,"
                + " count(*) FILTER (WHERE failed_at >= :from AND failed_at < :to) AS failed,"
                + " coalesce(sum(total) FILTER (WHERE confirmed_at >= :from"
                + " AND confirmed_at < :to), 0) AS gross,"
                + " coalesce(sum(units) FILTER (WHERE confirmed_at >= :from"
                + " AND confirmed_at < :to), 0) AS units"
                + " FROM analytics.orders WHERE currency = :currency",
            from,
            to,
            currency)
        .fetch()
        .one();
  }

  private Mono<Map<String, Long>> failuresByReason(Instant from, Instant to, String currency) {
    return window(
            "SELECT failure_reason, count(*) AS orders FROM analytics.orders"
                + " WHERE currency = :currency AND failed_at >= :from AND failed_at < :to"
                + " GROUP BY failure_reason ORDER BY failure_reason",
            from,
            to,
            currency)
        .map(
            row ->
                Map.entry(row.get("failure_reason", String.class), row.get("orders", Long.class)))
        .all()
        .collect(
            Collectors.toMap(
                Map.Entry::getKey, Map.Entry::getValue, Long::sum, LinkedHashMap::new));
  }

  private Mono<BigDecimal> refunded(Instant from, Instant to, String currency) {
    return window(
            "SELECT coalesce(sum(amount), 0) AS refunded FROM analytics.refunds"
                + " WHERE currency = :currency AND status = 'COMPLETED'"
                + " AND refunded_at >= :from AND refunded_at < :to",
            from,
            to,
            currency)
        .map(row -> row.get("refunded", BigDecimal.class))
        .one();
  }

  private Mono<Map<String, Object>> paymentOutcomes(Instant from, Instant to, String currency) {
    return window(
            "SELECT count(*) AS with_outcome,"
                + " count(*) FILTER (WHERE outcome IN ('DECLINED', 'FAILED')) AS declined_or_failed"
                + " FROM analytics.payments WHERE currency = :currency"
                + " AND outcome_at >= :from AND outcome_at < :to",
            from,
            to,
            currency)
        .fetch()
        .one();
  }

  private GenericExecuteSpec window(String sql, Instant from, Instant to, String currency) {
    return db.sql(sql)
        .bind("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
        .bind("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
        .bind("currency", currency);
  }

  private static long count(Map<String, Object> row, String column) {
    return ((Number) row.get(column)).longValue();
  }

  private static SalesBucket empty(Instant start) {
    return new SalesBucket(start, 0, 0, BigDecimal.ZERO.setScale(2));
  }
}
