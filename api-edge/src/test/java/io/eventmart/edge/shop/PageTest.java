package io.eventmart.edge.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventmart.edge.web.ApiProblem;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

  @Test
  void convertsItsItemsAndKeepsItsPosition() {
    Page<Integer> page = new Page<>(List.of(1, 2, 3), 2, 3, 11);

    assertThat(page.map(n -> "#" + n)).isEqualTo(new Page<>(List.of("#1", "#2", "#3"), 2, 3, 11));
  }

  @Test
  void refusesAPriceRangeWhoseLowerEndIsAboveItsUpperEnd() {
    PriceRange.require(null, null);
    PriceRange.require(BigDecimal.ONE, null);
    PriceRange.require(BigDecimal.ONE, BigDecimal.ONE);
    assertThatThrownBy(() -> PriceRange.require(BigDecimal.TEN, BigDecimal.ONE))
        .isInstanceOf(ApiProblem.class)
        .satisfies(
            failure -> assertThat(((ApiProblem) failure).problem().getStatus()).isEqualTo(400));
  }
}
