package io.eventmart.catalog.cart;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.catalog.cart.CartPricing.PricedLine;
import io.eventmart.contracts.cart.query.CartItemView;
import io.eventmart.contracts.cart.query.CartView;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CartPricingTest {

  private final UUID cartId = UUID.randomUUID();
  private final UUID kettle = UUID.randomUUID();
  private final UUID mug = UUID.randomUUID();

  @Test
  void totalsEveryLineAtItsUnitPrice() {
    CartView cart =
        CartPricing.price(
            cartId,
            List.of(
                new PricedLine(kettle, 2, "Kettle", new BigDecimal("25.00"), "EUR"),
                new PricedLine(mug, 3, "Mug", new BigDecimal("4.50"), "EUR")));

    assertThat(cart.items())
        .containsExactly(
            new CartItemView(kettle, "Kettle", 2, new BigDecimal("25.00"), new BigDecimal("50.00")),
            new CartItemView(mug, "Mug", 3, new BigDecimal("4.50"), new BigDecimal("13.50")));
    assertThat(cart.total()).isEqualTo(new BigDecimal("63.50"));
    assertThat(cart.currency()).isEqualTo("EUR");
  }

  @Test
  void pricesAnEmptyCartAtZeroInTheDefaultCurrency() {
    assertThat(CartPricing.price(cartId, List.of()))
        .isEqualTo(new CartView(cartId, List.of(), new BigDecimal("0.00"), "EUR"));
  }

  @Test
  void takesTheCurrencyOfTheLines() {
    CartView cart =
        CartPricing.price(
            cartId, List.of(new PricedLine(mug, 1, "Mug", new BigDecimal("4.50"), "CHF")));

    assertThat(cart.total()).isEqualTo(new BigDecimal("4.50"));
    assertThat(cart.currency()).isEqualTo("CHF");
  }

  @Test
  void leavesALineWhoseProductIsUnknownWithoutPriceAndOutOfTheTotal() {
    CartView cart =
        CartPricing.price(
            cartId,
            List.of(
                new PricedLine(kettle, 2, null, null, null),
                new PricedLine(mug, 1, "Mug", new BigDecimal("4.50"), "EUR")));

    assertThat(cart.items().get(0)).isEqualTo(new CartItemView(kettle, null, 2, null, null));
    assertThat(cart.total()).isEqualTo(new BigDecimal("4.50"));
  }

  @Test
  void givesNoTotalToLinesInSeveralCurrencies() {
    CartView cart =
        CartPricing.price(
            cartId,
            List.of(
                new PricedLine(kettle, 1, "Kettle", new BigDecimal("25.00"), "EUR"),
                new PricedLine(mug, 1, "Mug", new BigDecimal("4.50"), "CHF")));

    assertThat(cart.items()).hasSize(2);
    assertThat(cart.total()).isNull();
    assertThat(cart.currency()).isNull();
  }
}
