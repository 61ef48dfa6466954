package io.eventmart.order.it;

import static io.eventmart.order.testdata.OrderBuilder.ADDRESS;
import static io.eventmart.order.testdata.Products.MUG;
import static io.eventmart.order.testdata.Products.PEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.eventmart.contracts.cart.CartCommand.AddItemToCart;
import io.eventmart.contracts.cart.CartCommand.ChangeCartItemQuantity;
import io.eventmart.contracts.cart.CartCommand.CheckOutCart;
import io.eventmart.contracts.cart.CartCommand.ClearCart;
import io.eventmart.contracts.cart.CartCommand.RemoveCartItem;
import io.eventmart.contracts.cart.PriceQuote;
import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.common.PaymentMethod;
import io.eventmart.contracts.error.DomainError;
import io.eventmart.contracts.error.ErrorKind;
import io.eventmart.contracts.metadata.EventMetadata;
import io.eventmart.contracts.order.OrderIds;
import io.eventmart.order.cart.CartItemNotFound;
import io.eventmart.order.order.MixedCurrencies;
import io.eventmart.order.paymentmethod.PaymentMethodVault;
import io.eventmart.support.command.CommandFailures;
import io.eventmart.testsupport.EventStoreTable;
import io.eventmart.testsupport.TestPostgres;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(classes = OrderTestApplication.class, properties = "axon.axonserver.enabled=false")
class CartCheckoutIT {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.freshDatabase("order_checkout").registerAsDataSource(registry);
  }

  @Autowired CommandGateway commands;
  @Autowired PaymentMethodVault vault;
  @Autowired JdbcTemplate jdbc;

  private final UUID customer = UUID.randomUUID();
  private final UUID orderId = OrderIds.forIdempotencyKey(customer, "checkout-1");

  private EventStoreTable events() {
    return new EventStoreTable(jdbc);
  }

  private CheckOutCart checkOut(PriceQuote... prices) {
    return new CheckOutCart(
        customer, orderId, List.of(prices), ADDRESS, PaymentMethod.card("tok_visa"), "checkout-1");
  }

  private void fillTheCart() {
    commands.sendAndWait(new AddItemToCart(customer, MUG.id(), 2));
    commands.sendAndWait(new AddItemToCart(customer, PEN.id(), 1));
  }

  private DomainError refusalOf(Object command) {
    Throwable failure = catchThrowable(() -> commands.sendAndWait(command));
    return CommandFailures.domainErrorOf(failure).orElseThrow(() -> new AssertionError(failure));
  }

  @Test
  void emptiesTheCartAndPlacesItsOrderInOneUnitOfWork() {
    fillTheCart();

    UUID answer = commands.sendAndWait(checkOut(MUG.quote(), PEN.quote()));

    assertThat(answer).isEqualTo(orderId);
    assertThat(events().eventTypesOf(customer))
        .containsExactly("CartItemAdded", "CartItemAdded", "CartCheckedOut");
    assertThat(events().eventTypesOf(orderId)).containsExactly("OrderPlaced");
    assertThat(events().payloadOf(orderId, 0).get("total").get("amount").decimalValue())
        .isEqualByComparingTo("59.00");
    // Both were caused by the one checkout command.
    assertThat(events().metadataOf(orderId, 0).get(EventMetadata.CAUSATION_ID))
        .isEqualTo(events().metadataOf(customer, 2).get(EventMetadata.CAUSATION_ID));
    assertThat(vault.find(orderId)).contains(PaymentMethod.card("tok_visa"));
  }

  @Test
  void answersARetriedCheckoutWithTheSameOrderAndCreatesNothing() {
    fillTheCart();
    commands.sendAndWait(checkOut(MUG.quote(), PEN.quote()));

    UUID answer = commands.sendAndWait(checkOut(MUG.quote(), PEN.quote()));

    assertThat(answer).isEqualTo(orderId);
    assertThat(events().eventTypesOf(customer)).hasSize(3);
    assertThat(events().eventTypesOf(orderId)).containsExactly("OrderPlaced");
  }

  @Test
  void leavesTheCartAsItWasWhenTheOrderIsRefused() {
    fillTheCart();
    PriceQuote penInDollars = new PriceQuote(PEN.id(), "Fountain pen", Money.of("36.00", "USD"));

    DomainError error = refusalOf(checkOut(MUG.quote(), penInDollars));

    assertThat(error.code()).isEqualTo(MixedCurrencies.CODE);
    assertThat(events().eventTypesOf(customer)).containsExactly("CartItemAdded", "CartItemAdded");
    assertThat(events().eventTypesOf(orderId)).isEmpty();
    assertThat(vault.find(orderId)).isEmpty();

    assertThat(commands.<UUID>sendAndWait(checkOut(MUG.quote(), PEN.quote()))).isEqualTo(orderId);
  }

  @Test
  void treatsACartThatWasNeverUsedAsEmpty() {
    commands.sendAndWait(new RemoveCartItem(customer, MUG.id()));
    commands.sendAndWait(new ClearCart(customer));
    DomainError changeRefused = refusalOf(new ChangeCartItemQuantity(customer, MUG.id(), 3));
    DomainError checkoutRefused = refusalOf(checkOut(MUG.quote()));

    assertThat(changeRefused.code()).isEqualTo(CartItemNotFound.CODE);
    assertThat(changeRefused.kind()).isEqualTo(ErrorKind.NOT_FOUND);
    assertThat(checkoutRefused.kind()).isEqualTo(ErrorKind.REJECTED);
    assertThat(events().eventTypesOf(customer)).isEmpty();
  }
}
