package io.eventmart.edge.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.contracts.analytics.SalesBucket;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SalesCsvTest {

  @Test
  void rendersAHeaderAndOneLinePerBucketOldestFirst() {
    String csv =
        SalesCsv.render(
            List.of(
                new SalesBucket(
                    Instant.parse("2026-11-23T10:00:00Z"), 3, 7, new BigDecimal("123.40")),
                new SalesBucket(
                    Instant.parse("2026-11-23T11:00:00Z"), 0, 0, new BigDecimal("0.00"))));

    assertThat(csv)
        .isEqualTo(
            "bucketStart,orders,units,revenue\r\n"
                + "2026-11-23T10:00:00Z,3,7,123.40\r\n"
                + "2026-11-23T11:00:00Z,0,0,0.00\r\n");
  }

  @Test
  void rendersOnlyTheHeaderForNoBuckets() {
    assertThat(SalesCsv.render(List.of())).isEqualTo("bucketStart,orders,units,revenue\r\n");
  }

  @Test
  void writesLargeAmountsWithoutExponent() {
    String csv =
        SalesCsv.render(
            List.of(
                new SalesBucket(
                    Instant.parse("2026-11-23T00:00:00Z"),
                    1,
                    1,
                    new BigDecimal("1E+7").setScale(2))));

    assertThat(csv).endsWith(",10000000.00\r\n");
  }
}
