package io.eventmart.order.saga;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.contracts.order.OrderLimits;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailureDetailsTest {

  @Test
  void namesTheProductsAfterTheLead() {
    assertThat(FailureDetails.naming("Not enough stock for ", List.of("Blue mug", "Fountain pen")))
        .isEqualTo("Not enough stock for Blue mug, Fountain pen");
  }

  @Test
  void cutsATextTooLongForACommandAndSaysSo() {
    List<String> hundredNames = Collections.nCopies(100, "A product with a long name");

    String detail = FailureDetails.naming("No stock answer in time for ", hundredNames);

    assertThat(detail).hasSize(OrderLimits.MAX_REASON_LENGTH).endsWith("…");
  }

  @Test
  void keepsATextThatFits() {
    String reason = "x".repeat(OrderLimits.MAX_REASON_LENGTH);

    assertThat(FailureDetails.fit(reason)).isEqualTo(reason);
  }
}
