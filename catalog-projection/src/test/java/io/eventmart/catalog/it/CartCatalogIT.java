package io.eventmart.catalog.it;

import static io.eventmart.catalog.it.ProductBuilder.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.contracts.cart.CartEvent.CartCheckedOut;
import io.eventmart.contracts.cart.CartEvent.CartCleared;
import io.eventmart.contracts.cart.CartEvent.CartItemAdded;
import io.eventmart.contracts.cart.CartEvent.CartItemQuantityChanged;
import io.eventmart.contracts.cart.CartEvent.CartItemRemoved;
import io.eventmart.contracts.cart.query.CartItemView;
import io.eventmart.contracts.cart.query.CartView;
import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.order.OrderLine;
import io.eventmart.contracts.product.ProductEvent.ProductPriceChanged;
import io.eventmart.testsupport.TestPostgres;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Customers' carts at the products' current prices, given the cart aggregate's events. */
@CatalogTest
class CartCatalogIT {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.freshDatabase("catalog_carts").registerAsDataSource(registry);
  }

  @Autowired EventFeed given;
  @Autowired Catalog catalog;

  private final UUID cartId = UUID.randomUUID();
  private final ProductBuilder kettle = aProduct().named("Kettle").pricedAt("25.00");
  private final ProductBuilder mug = aProduct().named("Mug").pricedAt("4.50");

  @Test
  void pricesEveryLineAtTheProductsCurrentPrice() {
    register(kettle, mug);
    given.cart(
        cartId,
        new CartItemAdded(cartId, kettle.id(), 1, 1),
        new CartItemAdded(cartId, mug.id(), 3, 3));

    catalog.awaitCaughtUp();
    assertThat(catalog.cart(cartId))
        .isEqualTo(
            new CartView(
                cartId,
                List.of(line(kettle, 1, "25.00", "25.00"), line(mug, 3, "4.50", "13.50")),
                new BigDecimal("38.50"),
                "EUR"));

    given.product(
        kettle.id(),
        new ProductPriceChanged(kettle.id(), kettle.price(), Money.of("30.00", "EUR")));

    catalog.awaitCaughtUp();
    CartView repriced = catalog.cart(cartId);
    assertThat(repriced.items().get(0)).isEqualTo(line(kettle, 1, "30.00", "30.00"));
    assertThat(repriced.total()).isEqualTo(new BigDecimal("43.50"));
  }

  @Test
  void keepsTheLinesInTheOrderTheyWereFirstAdded() {
    register(kettle, mug);
    given.cart(
        cartId,
        new CartItemAdded(cartId, kettle.id(), 1, 1),
        new CartItemAdded(cartId, mug.id(), 1, 1),
        new CartItemAdded(cartId, kettle.id(), 2, 3),
        new CartItemQuantityChanged(cartId, mug.id(), 5));

    catalog.awaitCaughtUp();
    assertThat(catalog.cart(cartId).items())
        .containsExactly(line(kettle, 3, "25.00", "75.00"), line(mug, 5, "4.50", "22.50"));

    given.cart(
        cartId,
        new CartItemRemoved(cartId, kettle.id()),
        new CartItemAdded(cartId, kettle.id(), 1, 1));

    catalog.awaitCaughtUp();
    assertThat(catalog.cart(cartId).items())
        .containsExactly(line(mug, 5, "4.50", "22.50"), line(kettle, 1, "25.00", "25.00"));
  }

  @Test
  void isEmptyAfterCheckoutAndFillsAgainAfterwards() {
    register(kettle, mug);
    given.cart(
        cartId,
        new CartItemAdded(cartId, kettle.id(), 2, 2),
        new CartCheckedOut(
            cartId,
            UUID.randomUUID(),
            List.of(new OrderLine(kettle.id(), "Kettle", 2, kettle.price()))));

    catalog.awaitCaughtUp();
    assertThat(catalog.cart(cartId)).isEqualTo(emptyCart());

    given.cart(cartId, new CartItemAdded(cartId, mug.id(), 1, 1));

    catalog.awaitCaughtUp();
    assertThat(catalog.cart(cartId).items()).containsExactly(line(mug, 1, "4.50", "4.50"));
  }

  @Test
  void isEmptyAfterBeingCleared() {
    register(kettle, mug);
    given.cart(
        cartId,
        new CartItemAdded(cartId, kettle.id(), 1, 1),
        new CartItemAdded(cartId, mug.id(), 1, 1),
        new CartCleared(cartId));

    catalog.awaitCaughtUp();

    assertThat(catalog.cart(cartId)).isEqualTo(emptyCart());
  }

  @Test
  void answersAnEmptyCartForACustomerWithoutOne() {
    assertThat(catalog.cart(cartId)).isEqualTo(emptyCart());
  }

  @Test
  void showsALineWithoutPriceWhileItsProductIsNotInTheCatalogYet() {
    register(mug);
    UUID unknownProduct = UUID.randomUUID();
    given.cart(
        cartId,
        new CartItemAdded(cartId, unknownProduct, 2, 2),
        new CartItemAdded(cartId, mug.id(), 1, 1));

    catalog.awaitCaughtUp();

    assertThat(catalog.cart(cartId))
        .isEqualTo(
            new CartView(
                cartId,
                List.of(
                    new CartItemView(unknownProduct, null, 2, null, null),
                    line(mug, 1, "4.50", "4.50")),
                new BigDecimal("4.50"),
                "EUR"));
  }

  private void register(ProductBuilder... products) {
    for (ProductBuilder product : products) {
      given.product(product.id(), product.registered());
    }
  }

  private CartView emptyCart() {
    return new CartView(cartId, List.of(), new BigDecimal("0.00"), "EUR");
  }

  private static CartItemView line(
      ProductBuilder product, int quantity, String unitPrice, String lineTotal) {
    return new CartItemView(
        product.id(),
        product.name(),
        quantity,
        new BigDecimal(unitPrice),
        new BigDecimal(lineTotal));
  }
}
