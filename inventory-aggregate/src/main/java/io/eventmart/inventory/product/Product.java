package io.eventmart.inventory.product;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.product.ProductCommand.ChangeProductDetails;
import io.eventmart.contracts.product.ProductCommand.ChangeProductPrice;
import io.eventmart.contracts.product.ProductCommand.CommitStock;
import io.eventmart.contracts.product.ProductCommand.CorrectStockCount;
import io.eventmart.contracts.product.ProductCommand.DiscontinueProduct;
import io.eventmart.contracts.product.ProductCommand.RegisterProduct;
import io.eventmart.contracts.product.ProductCommand.ReleaseStock;
import io.eventmart.contracts.product.ProductCommand.ReserveStock;
import io.eventmart.contracts.product.ProductCommand.RestockProduct;
import io.eventmart.contracts.product.ProductEvent.ProductDetailsChanged;
import io.eventmart.contracts.product.ProductEvent.ProductDiscontinued;
import io.eventmart.contracts.product.ProductEvent.ProductPriceChanged;
import io.eventmart.contracts.product.ProductEvent.ProductRegistered;
import io.eventmart.contracts.product.ProductStatus;
import io.eventmart.contracts.product.ReservationRejectionReason;
import io.eventmart.contracts.product.StockEvent.LowStockDetected;
import io.eventmart.contracts.product.StockEvent.LowStockResolved;
import io.eventmart.contracts.product.StockEvent.StockCommitted;
import io.eventmart.contracts.product.StockEvent.StockCountCorrected;
import io.eventmart.contracts.product.StockEvent.StockInitialized;
import io.eventmart.contracts.product.StockEvent.StockReleased;
import io.eventmart.contracts.product.StockEvent.StockReservationRejected;
import io.eventmart.contracts.product.StockEvent.StockReserved;
import io.eventmart.contracts.product.StockEvent.StockRestocked;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;

/**
 * A product of the catalog together with its stock, as one event-sourced aggregate (identifier: the
 * product id). Keeping both in one consistency boundary is what lets a reservation be refused for a
 * product discontinued a moment earlier, and lets stock levels change in one place only.
 *
 * <p>Order lines are answered with events, never with exceptions: the order saga reacts to {@link
 * StockReserved} and {@link StockReservationRejected}. Each order has at most one line per product,
 * and that line is decided once: a repeated, late or duplicated {@link ReserveStock} for an order
 * this product has already answered changes nothing, so a retry can neither hold stock twice nor
 * hold it again after the line was released or shipped. Closed lines are remembered for {@link
 * #DECIDED_LINE_MEMORY}, which keeps the state of a busy product bounded.
 *
 * <p>The state is also what a snapshot stores (Jackson, by field). {@link Revision} names its
 * shape: raise it when the fields change, and older snapshots are ignored instead of misread.
 */
@Revision("1")
public class Product {

  /**
   * How long an order line is remembered after it closed (rejected, released or shipped). Only a
   * saga that handles an order's placement again after its own transaction failed re-sends a
   * reservation — seconds or minutes later —, so a day is ample, and a product's state (and each
   * snapshot) stays bounded by a day of orders instead of growing with every order ever placed.
   */
  static final Duration DECIDED_LINE_MEMORY = Duration.ofDays(1);

  @AggregateIdentifier private UUID productId;
  private String sku;
  private String name;
  private String description;
  private String category;
  private Money price;
  private ProductStatus status;
  private Stock stock;
  private boolean lowStock;

  /** Units held per order, for the order lines reserved and not yet released or shipped. */
  private Map<UUID, Integer> heldLines = new HashMap<>();

  /**
   * Orders whose line is over (rejected, released or shipped), oldest first, with when it closed.
   */
  private LinkedHashMap<UUID, Instant> closedLines = new LinkedHashMap<>();

  /** For Axon: a product is created from its events (or its snapshot). */
  Product() {}

  // ---------------------------------------------------------------------------- catalog

  /**
   * Registers the product with its opening stock. Creates the aggregate when it does not exist yet;
   * when it does, the command is a retry of this registration and changes nothing.
   */
  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  void handle(RegisterProduct command, SkuRegistry skuRegistry) {
    if (isRegistered()) {
      requireSameSku(command.sku());
      return;
    }
    requirePositive(command.price());
    claimUniqueSku(command.sku(), command.productId(), skuRegistry);
    apply(
        new ProductRegistered(
            command.productId(),
            command.sku(),
            command.name(),
            command.description(),
            command.category(),
            command.price()));
    Stock opening = Stock.opening(command.initialStock(), command.lowStockThreshold());
    apply(new StockInitialized(command.productId(), opening.levels(), command.lowStockThreshold()));
    signalLowStockCrossing(opening);
  }

  @CommandHandler
  void handle(ChangeProductDetails command) {
    requireOnSale(ChangeProductDetails.class);
    boolean unchanged =
        name.equals(command.name())
            && description.equals(command.description())
            && category.equals(command.category());
    if (unchanged) {
      return;
    }
    apply(
        new ProductDetailsChanged(
            productId, command.name(), command.description(), command.category()));
  }

  @CommandHandler
  void handle(ChangeProductPrice command) {
    requireOnSale(ChangeProductPrice.class);
    requirePositive(command.price());
    requireProductCurrency(command.price());
    if (price.equals(command.price())) {
      return;
    }
    apply(new ProductPriceChanged(productId, price, command.price()));
  }

  @CommandHandler
  void handle(DiscontinueProduct command) {
    if (status == ProductStatus.DISCONTINUED) {
      return;
    }
    apply(new ProductDiscontinued(productId));
  }

  // ------------------------------------------------------------------------------ stock

  @CommandHandler
  void handle(RestockProduct command) {
    requireOnSale(RestockProduct.class);
    Stock after = stock.afterRestocking(command.quantity());
    apply(new StockRestocked(productId, command.quantity(), after.levels()));
    signalLowStockCrossing(after);
  }

  /**
   * Replaces the on-hand count. Allowed on a discontinued product too: its remaining units are
   * still in the warehouse and may still ship for orders placed before.
   */
  @CommandHandler
  void handle(CorrectStockCount command) {
    if (command.onHand() == stock.onHand()) {
      return;
    }
    requireCountCoversReservations(command.onHand());
    Stock after = stock.afterCounting(command.onHand());
    apply(new StockCountCorrected(productId, stock.onHand(), command.reason(), after.levels()));
    signalLowStockCrossing(after);
  }

  @CommandHandler
  void handle(ReserveStock command) {
    UUID orderId = command.orderId();
    int quantity = command.quantity();
    if (hasAnswered(orderId)) {
      return;
    }
    if (status == ProductStatus.DISCONTINUED) {
      reject(orderId, quantity, ReservationRejectionReason.PRODUCT_DISCONTINUED);
      return;
    }
    if (!stock.canSupply(quantity)) {
      reject(orderId, quantity, ReservationRejectionReason.INSUFFICIENT_STOCK);
      return;
    }
    Stock after = stock.afterReserving(quantity);
    apply(new StockReserved(productId, orderId, quantity, after.levels()));
    signalLowStockCrossing(after);
  }

  @CommandHandler
  void handle(ReleaseStock command) {
    Integer held = heldLines.get(command.orderId());
    if (held == null) {
      return;
    }
    Stock after = stock.afterReleasing(held);
    apply(new StockReleased(productId, command.orderId(), held, command.reason(), after.levels()));
    signalLowStockCrossing(after);
  }

  /** The order shipped. Availability does not change, so neither can the low-stock state. */
  @CommandHandler
  void handle(CommitStock command) {
    Integer held = heldLines.get(command.orderId());
    if (held == null) {
      return;
    }
    Stock after = stock.afterCommitting(held);
    apply(new StockCommitted(productId, command.orderId(), held, after.levels()));
  }

  // ------------------------------------------------------------------------------ rules

  private boolean isRegistered() {
    return productId != null;
  }

  /** A retried registration must be the same product: the same SKU under the same id. */
  private void requireSameSku(String requestedSku) {
    if (!SkuRegistry.normalise(sku).equals(SkuRegistry.normalise(requestedSku))) {
      throw new ProductAlreadyRegistered(productId, sku, requestedSku);
    }
  }

  private static void requirePositive(Money price) {
    if (!price.isPositive()) {
      throw new PriceNotPositive(price);
    }
  }

  private void requireProductCurrency(Money newPrice) {
    if (!price.currency().equals(newPrice.currency())) {
      throw new CurrencyMismatch(price.currency(), newPrice.currency());
    }
  }

  /**
   * A SKU names one product across the whole catalog, ever. The registry's claim joins this unit of
   * work, so concurrent registrations of one SKU cannot both succeed.
   */
  private static void claimUniqueSku(String sku, UUID productId, SkuRegistry skuRegistry) {
    if (!skuRegistry.claim(sku, productId)) {
      throw new DuplicateSku(sku);
    }
  }

  private void requireOnSale(Class<?> command) {
    if (status == ProductStatus.DISCONTINUED) {
      throw new ProductIsDiscontinued(productId, command);
    }
  }

  private void requireCountCoversReservations(int countedOnHand) {
    if (countedOnHand < stock.reserved()) {
      throw new CountBelowReserved(countedOnHand, stock.reserved());
    }
  }

  /** Whether this product has already answered the order's line, whatever the answer was. */
  private boolean hasAnswered(UUID orderId) {
    return heldLines.containsKey(orderId) || closedLines.containsKey(orderId);
  }

  private void reject(UUID orderId, int quantity, ReservationRejectionReason reason) {
    apply(new StockReservationRejected(productId, orderId, quantity, stock.available(), reason));
  }

  /**
   * Low stock is reported once per crossing of the threshold, not on every change: detected when
   * availability falls below it, resolved when it is back at or above it.
   */
  private void signalLowStockCrossing(Stock after) {
    if (after.isLow() && !lowStock) {
      apply(new LowStockDetected(productId, after.available(), after.lowStockThreshold()));
    } else if (!after.isLow() && lowStock) {
      apply(new LowStockResolved(productId, after.available(), after.lowStockThreshold()));
    }
  }

  // ---------------------------------------------------------------------- state changes

  @EventSourcingHandler
  void on(ProductRegistered event) {
    productId = event.productId();
    sku = event.sku();
    name = event.name();
    description = event.description();
    category = event.category();
    price = event.price();
    status = ProductStatus.ACTIVE;
  }

  @EventSourcingHandler
  void on(StockInitialized event) {
    stock =
        new Stock(event.levels().onHand(), event.levels().reserved(), event.lowStockThreshold());
  }

  @EventSourcingHandler
  void on(ProductDetailsChanged event) {
    name = event.name();
    description = event.description();
    category = event.category();
  }

  @EventSourcingHandler
  void on(ProductPriceChanged event) {
    price = event.price();
  }

  @EventSourcingHandler
  void on(ProductDiscontinued event) {
    status = ProductStatus.DISCONTINUED;
  }

  @EventSourcingHandler
  void on(StockRestocked event) {
    stock = stock.at(event.levels());
  }

  @EventSourcingHandler
  void on(StockCountCorrected event) {
    stock = stock.at(event.levels());
  }

  @EventSourcingHandler
  void on(StockReserved event) {
    heldLines.put(event.orderId(), event.quantity());
    stock = stock.at(event.levels());
  }

  @EventSourcingHandler
  void on(StockReservationRejected event, @Timestamp Instant at) {
    closeLine(event.orderId(), at);
  }

  @EventSourcingHandler
  void on(StockReleased event, @Timestamp Instant at) {
    closeLine(event.orderId(), at);
    stock = stock.at(event.levels());
  }

  @EventSourcingHandler
  void on(StockCommitted event, @Timestamp Instant at) {
    closeLine(event.orderId(), at);
    stock = stock.at(event.levels());
  }

  @EventSourcingHandler
  void on(LowStockDetected event) {
    lowStock = true;
  }

  @EventSourcingHandler
  void on(LowStockResolved event) {
    lowStock = false;
  }

  /** Time comes from the event, so rebuilding the state always forgets the same lines. */
  private void closeLine(UUID orderId, Instant closedAt) {
    heldLines.remove(orderId);
    closedLines.put(orderId, closedAt);
    Instant horizon = closedAt.minus(DECIDED_LINE_MEMORY);
    var oldestFirst = closedLines.values().iterator();
    while (oldestFirst.hasNext() && oldestFirst.next().isBefore(horizon)) {
      oldestFirst.remove();
    }
  }
}
