package io.eventmart.edge.cart;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.contracts.error.DomainError;
import io.eventmart.contracts.error.ErrorKind;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.junit.jupiter.api.Test;

class CartCheckoutTest {

  private static final UUID BOOK = UUID.fromString("0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a");
  private static final UUID LAMP = UUID.fromString("1e2d3c4b-5a69-4788-9766-5544332211ff");

  private static Throwable refusal(String code, Map<String, String> details) {
    DomainError error = new DomainError(code, ErrorKind.REJECTED, "refused", details);
    return new CompletionException(new CommandExecutionException("refused", null, error));
  }

  @Test
  void findsTheProductsACheckoutHadNoPriceFor() {
    Throwable missing = refusal("cart.missing-price", Map.of("productIds", BOOK + "," + LAMP));

    assertThat(CartCheckout.missingPrices(missing))
        .hasValueSatisfying(products -> assertThat(products).containsExactly(BOOK, LAMP));
  }

  @Test
  void triesNoSecondCheckoutForAnyOtherRefusal() {
    assertThat(CartCheckout.missingPrices(refusal("cart.empty", Map.of()))).isEmpty();
    assertThat(CartCheckout.missingPrices(refusal("cart.missing-price", Map.of()))).isEmpty();
    assertThat(CartCheckout.missingPrices(new IllegalStateException("broken"))).isEmpty();
  }
}
