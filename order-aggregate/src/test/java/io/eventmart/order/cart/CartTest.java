package io.eventmart.order.cart;

import static io.eventmart.order.testdata.CommandValidation.beanValidation;
import static io.eventmart.order.testdata.OrderBuilder.ADDRESS;
import static io.eventmart.order.testdata.OrderBuilder.CARD_TOKEN;
import static io.eventmart.order.testdata.OrderBuilder.CUSTOMER;
import static io.eventmart.order.testdata.Products.LAMP;
import static io.eventmart.order.testdata.Products.MUG;
import static io.eventmart.order.testdata.Products.PEN;
import static io.eventmart.order.testdata.TokenLeaks.eventsNotRevealing;
import static io.eventmart.order.testdata.TokenLeaks.reveals;
import static io.eventmart.testsupport.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.contracts.cart.CartCommand.AddItemToCart;
import io.eventmart.contracts.cart.CartCommand.ChangeCartItemQuantity;
import io.eventmart.contracts.cart.CartCommand.CheckOutCart;
import io.eventmart.contracts.cart.CartCommand.ClearCart;
import io.eventmart.contracts.cart.CartCommand.RemoveCartItem;
import io.eventmart.contracts.cart.CartEvent.CartCheckedOut;
import io.eventmart.contracts.cart.CartEvent.CartCleared;
import io.eventmart.contracts.cart.CartEvent.CartItemAdded;
import io.eventmart.contracts.cart.CartEvent.CartItemQuantityChanged;
import io.eventmart.contracts.cart.CartEvent.CartItemRemoved;
import io.eventmart.contracts.cart.PriceQuote;
import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.common.PaymentMethod;
import io.eventmart.contracts.error.ErrorKind;
import io.eventmart.contracts.order.OrderIds;
import io.eventmart.contracts.order.OrderLimits;
import io.eventmart.contracts.order.OrderLine;
import io.eventmart.order.order.MixedCurrencies;
import io.eventmart.order.testdata.InMemoryPaymentMethodVault;
import io.eventmart.order.testdata.InMemoryProductCatalog;
import io.eventmart.order.testdata.OrderBuilder;
import io.eventmart.order.testdata.Products;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CartTest {

  private static final UUID CART = CUSTOMER;
  private static final String KEY = "cart-checkout-1";
  private static final UUID ORDER = OrderIds.forIdempotencyKey(CUSTOMER, KEY);

  private final InMemoryPaymentMethodVault vault = new InMemoryPaymentMethodVault();
  private final InMemoryOrders orders = new InMemoryOrders(vault);
  private final InMemoryProductCatalog catalog = new InMemoryProductCatalog();

  private AggregateTestFixture<Cart> fixture;

  @BeforeEach
  void setUp() {
    fixture = new AggregateTestFixture<>(Cart.class);
    fixture.registerRepositoryProvider(orders);
    fixture.registerInjectableResource(vault);
    fixture.registerInjectableResource(catalog);
  }

  private static CartItemAdded added(Products product, int quantity) {
    return new CartItemAdded(CART, product.id(), quantity, quantity);
  }

  private static Object[] aFullCart() {
    return IntStream.rangeClosed(1, OrderLimits.MAX_LINES)
        .mapToObj(i -> new CartItemAdded(CART, Products.productId(i), 1, 1))
        .toArray();
  }

  private static CheckOutCart checkOut(UUID orderId, PriceQuote... prices) {
    return new CheckOutCart(
        CART, orderId, List.of(prices), ADDRESS, PaymentMethod.card(CARD_TOKEN), KEY);
  }

  @Nested
  class AddingItems {

    @Test
    void createsTheCartWithItsFirstItem() {
      fixture
          .givenNoPriorActivity()
          .when(new AddItemToCart(CART, MUG.id(), 2))
          .expectEvents(new CartItemAdded(CART, MUG.id(), 2, 2));
    }

    @Test
    void refusesAProductTheCatalogDoesNotKnow() {
      catalog.withoutProduct(LAMP.id());

      fixture
          .givenNoPriorActivity()
          .when(new AddItemToCart(CART, LAMP.id(), 1))
          .expectNoEvents()
          .expectException(
              refusal(
                  "cart.unknown-product",
                  ErrorKind.REJECTED,
                  Map.of("productIds", LAMP.id().toString())));
    }

    @Test
    void refusesADiscontinuedProduct() {
      catalog.withDiscontinued(LAMP.id());

      fixture
          .given(added(MUG, 1))
          .when(new AddItemToCart(CART, LAMP.id(), 1))
          .expectNoEvents()
          .expectException(refusal("cart.product-unavailable", ErrorKind.REJECTED));
    }

    @Test
    void addsUnitsToAProductAlreadyInTheCart() {
      fixture
          .given(added(MUG, 2))
          .when(new AddItemToCart(CART, MUG.id(), 3))
          .expectEvents(new CartItemAdded(CART, MUG.id(), 3, 5));
    }

    @Test
    void refusesALineAboveTheQuantityLimit() {
      fixture
          .given(added(MUG, OrderLimits.MAX_QUANTITY_PER_LINE - 1))
          .when(new AddItemToCart(CART, MUG.id(), 2))
          .expectNoEvents()
          .expectException(
              refusal(
                  LineQuantityLimitExceeded.CODE,
                  ErrorKind.REJECTED,
                  Map.of("productId", MUG.id().toString(), "quantity", "1001")));
    }

    @Test
    void acceptsALineExactlyAtTheQuantityLimit() {
      fixture
          .given(added(MUG, OrderLimits.MAX_QUANTITY_PER_LINE - 1))
          .when(new AddItemToCart(CART, MUG.id(), 1))
          .expectEvents(new CartItemAdded(CART, MUG.id(), 1, OrderLimits.MAX_QUANTITY_PER_LINE));
    }

    @Test
    void refusesTheHundredAndFirstLine() {
      fixture
          .given(aFullCart())
          .when(new AddItemToCart(CART, MUG.id(), 1))
          .expectNoEvents()
          .expectException(
              refusal(CartLineLimitReached.CODE, ErrorKind.REJECTED, Map.of("maxLines", "100")));
    }

    @Test
    void addsUnitsToALineOfAFullCart() {
      UUID firstProduct = Products.productId(1);

      fixture
          .given(aFullCart())
          .when(new AddItemToCart(CART, firstProduct, 1))
          .expectEvents(new CartItemAdded(CART, firstProduct, 1, 2));
    }
  }

  @Nested
  class ChangingQuantities {

    @Test
    void changesTheQuantityOfALine() {
      fixture
          .given(added(MUG, 2))
          .when(new ChangeCartItemQuantity(CART, MUG.id(), 5))
          .expectEvents(new CartItemQuantityChanged(CART, MUG.id(), 5));
    }

    @Test
    void removesALineChangedToZero() {
      fixture
          .given(added(MUG, 2))
          .when(new ChangeCartItemQuantity(CART, MUG.id(), 0))
          .expectEvents(new CartItemRemoved(CART, MUG.id()));
    }

    @Test
    void ignoresAChangeToTheQuantityTheLineAlreadyHas() {
      fixture
          .given(added(MUG, 2))
          .when(new ChangeCartItemQuantity(CART, MUG.id(), 2))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void refusesToChangeAProductThatIsNotInTheCart() {
      fixture
          .given(added(MUG, 2))
          .when(new ChangeCartItemQuantity(CART, PEN.id(), 1))
          .expectNoEvents()
          .expectException(
              refusal(
                  CartItemNotFound.CODE,
                  ErrorKind.NOT_FOUND,
                  Map.of("productId", PEN.id().toString())));
    }

    @Test
    void refusesToChangeAnythingInACartThatWasNeverUsed() {
      fixture
          .givenNoPriorActivity()
          .when(new ChangeCartItemQuantity(CART, PEN.id(), 1))
          .expectNoEvents()
          .expectException(refusal(CartItemNotFound.CODE, ErrorKind.NOT_FOUND));
    }
  }

  @Nested
  class RemovingAndClearing {

    @Test
    void removesALine() {
      fixture
          .given(added(MUG, 2), added(PEN, 1))
          .when(new RemoveCartItem(CART, MUG.id()))
          .expectEvents(new CartItemRemoved(CART, MUG.id()));
    }

    @Test
    void ignoresRemovingAProductThatIsNotInTheCart() {
      fixture
          .given(added(MUG, 2))
          .when(new RemoveCartItem(CART, PEN.id()))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void ignoresRemovingFromACartThatWasNeverUsed() {
      fixture
          .givenNoPriorActivity()
          .when(new RemoveCartItem(CART, PEN.id()))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }

    @Test
    void clearsTheCart() {
      fixture
          .given(added(MUG, 2), added(PEN, 1))
          .when(new ClearCart(CART))
          .expectEvents(new CartCleared(CART));
    }

    @Test
    void ignoresClearingAnEmptyCart() {
      fixture
          .given(added(MUG, 2), new CartItemRemoved(CART, MUG.id()))
          .when(new ClearCart(CART))
          .expectSuccessfulHandlerExecution()
          .expectNoEvents();
    }
  }

  @Nested
  class CheckingOut {

    private final List<OrderLine> orderedLines = List.of(MUG.line(2), PEN.line(1));

    @Test
    void refusesToCheckOutAProductDiscontinuedSinceItWasAdded() {
      catalog.withDiscontinued(PEN.id());

      fixture
          .given(added(MUG, 2), added(PEN, 1))
          .when(checkOut(ORDER, MUG.quote(), PEN.quote()))
          .expectNoEvents()
          .expectException(refusal("order.product-unavailable", ErrorKind.REJECTED));
      assertThat(orders.eventsOf(ORDER)).isEmpty();
    }

    @Test
    void emptiesTheCartIntoAnOrderWithThePricesQuotedNow() {
      PriceQuote newMugPrice = new PriceQuote(MUG.id(), "Blue mug", Money.of("9.99", "EUR"));
      List<OrderLine> lines =
          List.of(new OrderLine(MUG.id(), "Blue mug", 2, Money.of("9.99", "EUR")), PEN.line(1));

      fixture
          .given(added(MUG, 2), added(PEN, 1))
          .when(checkOut(ORDER, PEN.quote(), newMugPrice))
          .expectEvents(new CartCheckedOut(CART, ORDER, lines))
          .expectResultMessagePayload(ORDER);

      assertThat(orders.eventsOf(ORDER))
          .containsExactly(
              OrderBuilder.anOrder()
                  .withId(ORDER)
                  .withIdempotencyKey(KEY)
                  .withLines(lines)
                  .placed());
      assertThat(vault.find(ORDER)).contains(PaymentMethod.card(CARD_TOKEN));
    }

    @Test
    void leavesAnEmptyCartBehind() {
      fixture
          .given(added(MUG, 2), new CartCheckedOut(CART, ORDER, List.of(MUG.line(2))))
          .when(new ClearCart(CART))
          .expectNoEvents();
    }

    @Test
    void ignoresQuotesOfProductsThatAreNotInTheCart() {
      fixture
          .given(added(MUG, 2), added(PEN, 1))
          .when(checkOut(ORDER, MUG.quote(), PEN.quote(), LAMP.quote()))
          .expectEvents(new CartCheckedOut(CART, ORDER, orderedLines));
    }

    @Test
    void answersARetriedCheckoutWithTheSameOrderAndCreatesNothing() {
      fixture
          .given(added(MUG, 2), added(PEN, 1), new CartCheckedOut(CART, ORDER, orderedLines))
          .when(checkOut(ORDER, MUG.quote(), PEN.quote()))
          .expectNoEvents()
          .expectResultMessagePayload(ORDER);

      assertThat(orders.eventsOf(ORDER)).isEmpty();
      assertThat(vault.isEmpty()).isTrue();
    }

    @Test
    void neverWritesTheCardTokenIntoAnEvent() {
      fixture
          .given(added(MUG, 2))
          .when(checkOut(ORDER, MUG.quote()))
          .expectEventsMatching(eventsNotRevealing(CARD_TOKEN));

      assertThat(orders.eventsOf(ORDER)).isNotEmpty().noneMatch(e -> reveals(e, CARD_TOKEN));
    }

    @Test
    void refusesToCheckOutAnEmptyCart() {
      fixture
          .given(added(MUG, 2), new CartCleared(CART))
          .when(checkOut(ORDER, MUG.quote()))
          .expectNoEvents()
          .expectException(refusal(EmptyCart.CODE, ErrorKind.REJECTED));
    }

    @Test
    void refusesToCheckOutACartThatWasNeverUsed() {
      fixture
          .givenNoPriorActivity()
          .when(checkOut(ORDER, MUG.quote()))
          .expectNoEvents()
          .expectException(refusal(EmptyCart.CODE, ErrorKind.REJECTED));
    }

    @Test
    void refusesToCheckOutWithoutACurrentPriceForEveryProduct() {
      fixture
          .given(added(MUG, 2), added(PEN, 1))
          .when(checkOut(ORDER, MUG.quote()))
          .expectNoEvents()
          .expectException(
              refusal(
                  MissingPrice.CODE,
                  ErrorKind.REJECTED,
                  Map.of("productIds", PEN.id().toString())));

      assertThat(orders.eventsOf(ORDER)).isEmpty();
    }

    @Test
    void refusesACheckoutWhoseOrderTheOrderRulesRefuse() {
      PriceQuote penInDollars = new PriceQuote(PEN.id(), "Fountain pen", Money.of("36.00", "USD"));

      fixture
          .given(added(MUG, 2), added(PEN, 1))
          .when(checkOut(ORDER, MUG.quote(), penInDollars))
          .expectNoEvents()
          .expectException(MixedCurrencies.class);

      assertThat(orders.eventsOf(ORDER)).isEmpty();
    }
  }

  @Nested
  class Validating {

    @BeforeEach
    void validateCommands() {
      fixture.registerCommandHandlerInterceptor(beanValidation());
    }

    @Test
    void rejectsAddingLessThanOneUnit() {
      fixture
          .givenNoPriorActivity()
          .when(new AddItemToCart(CART, MUG.id(), 0))
          .expectNoEvents()
          .expectException(JSR303ViolationException.class);
    }

    @Test
    void rejectsAddingMoreUnitsThanALineHolds() {
      fixture
          .givenNoPriorActivity()
          .when(new AddItemToCart(CART, MUG.id(), OrderLimits.MAX_QUANTITY_PER_LINE + 1))
          .expectNoEvents()
          .expectException(JSR303ViolationException.class);
    }

    @Test
    void rejectsANegativeQuantity() {
      fixture
          .given(added(MUG, 2))
          .when(new ChangeCartItemQuantity(CART, MUG.id(), -1))
          .expectNoEvents()
          .expectException(JSR303ViolationException.class);
    }

    @Test
    void rejectsACheckoutWithoutPrices() {
      fixture
          .given(added(MUG, 2))
          .when(checkOut(ORDER))
          .expectNoEvents()
          .expectException(JSR303ViolationException.class);
    }
  }
}
