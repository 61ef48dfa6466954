package io.eventmart.edge.cart;

import io.eventmart.contracts.cart.CartCommand.CheckOutCart;
import io.eventmart.contracts.cart.PriceQuote;
import io.eventmart.contracts.cart.query.CartItemView;
import io.eventmart.contracts.cart.query.CartQuery.FindCart;
import io.eventmart.contracts.cart.query.CartView;
import io.eventmart.contracts.error.DomainError;
import io.eventmart.contracts.order.OrderStatus;
import io.eventmart.edge.cart.CartRequests.CheckoutRequest;
import io.eventmart.edge.order.OrderPlacement;
import io.eventmart.edge.order.OrderResponses.OrderAccepted;
import io.eventmart.edge.shop.PlatformGateway;
import io.eventmart.edge.web.ApiProblem;
import io.eventmart.edge.web.Problems;
import io.eventmart.support.command.CommandFailures;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import reactor.core.publisher.Mono;

/**
 * Turns a customer's cart into an order at the prices of this moment. The cart aggregate needs a
 * current quote for each of its products; the edge learns which products those are from the cart
 * read model, which may lag a moment behind the cart. When the cart names a product the read model
 * did not show yet, the aggregate refuses with the missing products, and the checkout is tried once
 * more with their quotes added. A cart the read model shows empty is refused as empty (422): there
 * is nothing to quote, and a client that just filled its cart sees it in the cart first.
 */
final class CartCheckout {

  static final String EMPTY_CART = "cart.empty";
  static final String MISSING_PRICE = "cart.missing-price";

  private final PlatformGateway platform;
  private final OrderPlacement placement;

  CartCheckout(PlatformGateway platform, OrderPlacement placement) {
    this.platform = platform;
    this.placement = placement;
  }

  Mono<OrderAccepted> checkOut(UUID customerId, String idempotencyKey, CheckoutRequest request) {
    return Mono.defer(
        () -> {
          Checkout checkout =
              new Checkout(
                  customerId,
                  placement.orderIdFor(customerId, idempotencyKey),
                  idempotencyKey,
                  request);
          return platform
              .query(new FindCart(customerId), CartView.class)
              .map(CartCheckout::productsIn)
              .flatMap(
                  products ->
                      products.isEmpty()
                          ? Mono.error(emptyCart())
                          : checkOut(checkout, products)
                              .onErrorResume(
                                  failure -> missingPrices(failure).isPresent(),
                                  failure ->
                                      checkOut(
                                          checkout,
                                          union(products, missingPrices(failure).orElseThrow()))))
              .thenReturn(new OrderAccepted(checkout.orderId(), OrderStatus.PENDING));
        });
  }

  /** One checkout request: whose cart, into which order. */
  private record Checkout(
      UUID customerId, UUID orderId, String idempotencyKey, CheckoutRequest request) {}

  /** Sends the checkout with the current quote of each of {@code products}. */
  private Mono<UUID> checkOut(Checkout checkout, Set<UUID> products) {
    return placement
        .orderable(products)
        .map(
            orderable ->
                orderable.values().stream()
                    .map(
                        product ->
                            new PriceQuote(product.productId(), product.name(), product.price()))
                    .toList())
        .flatMap(
            quotes ->
                platform.<UUID>send(
                    new CheckOutCart(
                        checkout.customerId(),
                        checkout.orderId(),
                        quotes,
                        checkout.request().shippingAddress(),
                        checkout.request().paymentMethod(),
                        checkout.idempotencyKey())));
  }

  private static Set<UUID> union(Set<UUID> some, Set<UUID> others) {
    Set<UUID> all = new LinkedHashSet<>(some);
    all.addAll(others);
    return all;
  }

  private static Set<UUID> productsIn(CartView cart) {
    return cart.items().stream()
        .map(CartItemView::productId)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** The products a refused checkout had no price for, if that is why it was refused. */
  static Optional<Set<UUID>> missingPrices(Throwable failure) {
    return CommandFailures.domainErrorOf(failure)
        .filter(error -> MISSING_PRICE.equals(error.code()))
        .map(DomainError::details)
        .map(details -> details.getOrDefault("productIds", ""))
        .<Set<UUID>>map(
            ids ->
                Arrays.stream(ids.split(","))
                    .map(String::strip)
                    .filter(id -> !id.isEmpty())
                    .map(UUID::fromString)
                    .collect(Collectors.toCollection(LinkedHashSet::new)))
        .filter(ids -> !ids.isEmpty());
  }

  private static ApiProblem emptyCart() {
    ProblemDetail problem =
        Problems.problem(
            HttpStatus.UNPROCESSABLE_CONTENT,
            EMPTY_CART,
            "Empty cart",
            "The cart is empty: there is nothing to check out");
    problem.setProperty("code", EMPTY_CART);
    return new ApiProblem(problem);
  }
}
