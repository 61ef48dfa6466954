package io.eventmart.edge.analytics;

import io.eventmart.contracts.analytics.SalesBucket;
import java.util.List;

/**
 * Sales over time as CSV (RFC 4180): a header line {@code bucketStart,orders,units,revenue}, then
 * one line per bucket, oldest first, lines ended by CRLF. Times are ISO-8601 UTC and amounts plain
 * decimals, so no field ever needs quoting.
 */
final class SalesCsv {

  static final String MEDIA_TYPE = "text/csv";
  static final String HEADER = "bucketStart,orders,units,revenue";
  private static final String LINE_END = "\r\n";

  private SalesCsv() {}

  static String render(List<SalesBucket> buckets) {
    StringBuilder csv = new StringBuilder(HEADER).append(LINE_END);
    for (SalesBucket bucket : buckets) {
      csv.append(bucket.bucketStart())
          .append(',')
          .append(bucket.orders())
          .append(',')
          .append(bucket.units())
          .append(',')
          .append(bucket.revenue() == null ? "0.00" : bucket.revenue().toPlainString())
          .append(LINE_END);
    }
    return csv.toString();
  }
}
