package io.eventmart.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceRangeTest {

  private static final List<PriceRange> BUCKETS = PriceRange.FACET_BUCKETS;

  @Test
  void coversEveryPriceFromZeroWithoutGapsOrOverlaps() {
    assertThat(BUCKETS.get(0).from()).isEqualByComparingTo(BigDecimal.ZERO);
    for (int i = 1; i < BUCKETS.size(); i++) {
      assertThat(BUCKETS.get(i).from()).isEqualByComparingTo(BUCKETS.get(i - 1).to());
    }
    assertThat(BUCKETS.get(BUCKETS.size() - 1).to()).isNull();
  }

  @Test
  void namesEachBucketByItsBounds() {
    assertThat(BUCKETS)
        .extracting(PriceRange::key)
        .containsExactly("0-25", "25-50", "50-100", "100-250", "250-");
  }
}
