package io.eventmart.order.cart;

import static io.eventmart.contracts.order.OrderLimits.MAX_LINES;
import static io.eventmart.contracts.order.OrderLimits.MAX_QUANTITY_PER_LINE;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.createNew;

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
import io.eventmart.contracts.order.OrderCommand.PlaceOrder;
import io.eventmart.contracts.order.OrderLine;
import io.eventmart.order.catalog.OrderableProducts;
import io.eventmart.order.catalog.ProductCatalog;
import io.eventmart.order.order.Order;
import io.eventmart.order.paymentmethod.PaymentMethodVault;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * A customer's cart. Its id is the customer's id and it exists from the first item added; until
 * then every command sees an empty cart (each handler creates the cart if it is missing, and one
 * that records nothing leaves nothing behind).
 */
public class Cart {

  @AggregateIdentifier private UUID cartId;

  /** Quantity per product, in the order the products were first added (the order's line order). */
  private final Map<UUID, Integer> quantities = new LinkedHashMap<>();

  /** Orders this cart became, so a retried checkout answers the same order and creates nothing. */
  private final Set<UUID> checkedOutOrders = new HashSet<>();

  Cart() {}

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(AddItemToCart command, ProductCatalog catalog) {
    UUID productId = command.productId();
    if (!quantities.containsKey(productId)) {
      OrderableProducts.require(catalog, List.of(productId), "cart");
    }
    int quantity = quantities.getOrDefault(productId, 0) + command.quantity();
    requireLineWithinQuantityLimit(productId, quantity);
    if (!quantities.containsKey(productId)) {
      requireRoomForAnotherLine();
    }
    apply(new CartItemAdded(command.cartId(), productId, command.quantity(), quantity));
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(ChangeCartItemQuantity command) {
    UUID productId = command.productId();
    Integer current = quantities.get(productId);
    if (current == null) {
      throw new CartItemNotFound(productId);
    }
    if (command.quantity() == 0) {
      apply(new CartItemRemoved(command.cartId(), productId));
    } else if (command.quantity() != current) {
      apply(new CartItemQuantityChanged(command.cartId(), productId, command.quantity()));
    }
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(RemoveCartItem command) {
    if (quantities.containsKey(command.productId())) {
      apply(new CartItemRemoved(command.cartId(), command.productId()));
    }
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(ClearCart command) {
    if (!quantities.isEmpty()) {
      apply(new CartCleared(command.cartId()));
    }
  }

  /**
   * Places an order of the cart's quantities at the prices quoted now, and empties the cart. The
   * order is created from here ({@code createNew}) rather than by a command of its own, so the cart
   * is emptied in the very unit of work that creates the order: neither can happen without the
   * other.
   */
  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  UUID handle(CheckOutCart command, PaymentMethodVault vault, ProductCatalog catalog)
      throws Exception {
    if (checkedOutOrders.contains(command.orderId())) {
      return command.orderId(); // a retried checkout that already succeeded
    }
    requireNotEmpty();
    List<OrderLine> lines = linesPricedBy(command.prices());
    PlaceOrder placement =
        new PlaceOrder(
            command.orderId(),
            command.cartId(),
            lines,
            command.shippingAddress(),
            command.paymentMethod(),
            command.idempotencyKey());
    createNew(Order.class, () -> new Order(placement, vault, catalog));
    apply(new CartCheckedOut(command.cartId(), command.orderId(), lines));
    return command.orderId();
  }

  private static void requireLineWithinQuantityLimit(UUID productId, int quantity) {
    if (quantity > MAX_QUANTITY_PER_LINE) {
      throw new LineQuantityLimitExceeded(productId, quantity);
    }
  }

  private void requireRoomForAnotherLine() {
    if (quantities.size() >= MAX_LINES) {
      throw new CartLineLimitReached();
    }
  }

  private void requireNotEmpty() {
    if (quantities.isEmpty()) {
      throw new EmptyCart();
    }
  }

  /** One order line per cart line, named and priced by the product's quote. */
  private List<OrderLine> linesPricedBy(List<PriceQuote> prices) {
    Map<UUID, PriceQuote> quotes =
        prices.stream()
            .collect(
                Collectors.toMap(
                    PriceQuote::productId, Function.identity(), (first, second) -> first));
    List<UUID> unpriced =
        quantities.keySet().stream().filter(productId -> !quotes.containsKey(productId)).toList();
    if (!unpriced.isEmpty()) {
      throw new MissingPrice(unpriced);
    }
    return quantities.entrySet().stream()
        .map(
            line -> {
              PriceQuote quote = quotes.get(line.getKey());
              return new OrderLine(
                  line.getKey(), quote.productName(), line.getValue(), quote.unitPrice());
            })
        .toList();
  }

  @EventSourcingHandler
  void on(CartItemAdded event) {
    cartId = event.cartId();
    quantities.put(event.productId(), event.quantity());
  }

  @EventSourcingHandler
  void on(CartItemQuantityChanged event) {
    quantities.put(event.productId(), event.quantity());
  }

  @EventSourcingHandler
  void on(CartItemRemoved event) {
    quantities.remove(event.productId());
  }

  @EventSourcingHandler
  void on(CartCleared event) {
    quantities.clear();
  }

  @EventSourcingHandler
  void on(CartCheckedOut event) {
    quantities.clear();
    checkedOutOrders.add(event.orderId());
  }
}
