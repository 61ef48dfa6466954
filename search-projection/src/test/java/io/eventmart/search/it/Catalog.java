package io.eventmart.search.it;

import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.metadata.EventMetadata;
import io.eventmart.contracts.product.ProductEvent.ProductDetailsChanged;
import io.eventmart.contracts.product.ProductEvent.ProductDiscontinued;
import io.eventmart.contracts.product.ProductEvent.ProductPriceChanged;
import io.eventmart.contracts.product.ProductEvent.ProductRegistered;
import io.eventmart.contracts.product.StockEvent.StockCountCorrected;
import io.eventmart.contracts.product.StockEvent.StockInitialized;
import io.eventmart.contracts.product.StockEvent.StockReserved;
import io.eventmart.contracts.product.StockLevels;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;

/**
 * Given events: appends product events to the event store exactly as the product aggregate would
 * (aggregate type {@code Product}, consecutive sequence numbers per product), each a millisecond
 * after the one before, so "newest" is well defined.
 */
public final class Catalog {

  private static final String AGGREGATE_TYPE = "Product";

  private final EventStore eventStore;
  private final Map<UUID, Long> lastSequence = new ConcurrentHashMap<>();
  private final Map<UUID, Money> prices = new ConcurrentHashMap<>();
  private final Map<UUID, StockLevels> stock = new ConcurrentHashMap<>();
  private Instant clock = Instant.now().truncatedTo(ChronoUnit.MILLIS);

  public Catalog(EventStore eventStore) {
    this.eventStore = eventStore;
  }

  /** A product to register; change what matters with the {@code with…} methods. */
  public record NewProduct(
      String name, String description, String category, String price, int stock) {

    public NewProduct withDescription(String value) {
      return new NewProduct(name, value, category, price, stock);
    }

    public NewProduct inCategory(String value) {
      return new NewProduct(name, description, value, price, stock);
    }

    public NewProduct costing(String value) {
      return new NewProduct(name, description, category, value, stock);
    }

    public NewProduct withStock(int value) {
      return new NewProduct(name, description, category, price, value);
    }
  }

  public static NewProduct product(String name) {
    return new NewProduct(name, "", "Misc", "10.00", 5);
  }

  /** Registers the product with its opening stock (two events, sequences 0 and 1). */
  public UUID register(NewProduct product) {
    UUID id = UUID.randomUUID();
    Money price = Money.of(product.price(), "EUR");
    publish(
        id,
        new ProductRegistered(
            id, "SKU-" + id, product.name(), product.description(), product.category(), price));
    StockLevels opening = StockLevels.of(product.stock(), 0);
    publish(id, new StockInitialized(id, opening, 2));
    prices.put(id, price);
    stock.put(id, opening);
    return id;
  }

  public void changeDetails(UUID id, String name, String description, String category) {
    publish(id, new ProductDetailsChanged(id, name, description, category));
  }

  public void reprice(UUID id, String price) {
    Money next = Money.of(price, "EUR");
    publish(id, new ProductPriceChanged(id, prices.get(id), next));
    prices.put(id, next);
  }

  /** An order holds {@code quantity} units. */
  public void reserve(UUID id, int quantity) {
    StockLevels before = stock.get(id);
    StockLevels after = StockLevels.of(before.onHand(), before.reserved() + quantity);
    publish(id, new StockReserved(id, UUID.randomUUID(), quantity, after));
    stock.put(id, after);
  }

  /** A stock count finds {@code onHand} units. */
  public void count(UUID id, int onHand) {
    StockLevels before = stock.get(id);
    StockLevels after = StockLevels.of(onHand, before.reserved());
    publish(id, new StockCountCorrected(id, before.onHand(), "counted", after));
    stock.put(id, after);
  }

  public void discontinue(UUID id) {
    publish(id, new ProductDiscontinued(id));
  }

  /** The sequence number of the product's last event: the version its document must reach. */
  public long lastSequenceOf(UUID id) {
    return lastSequence.get(id);
  }

  private synchronized void publish(UUID productId, Object event) {
    long sequence = lastSequence.merge(productId, 0L, (last, ignored) -> last + 1);
    clock = clock.plusMillis(1);
    eventStore.publish(
        new GenericDomainEventMessage<>(
            AGGREGATE_TYPE,
            productId.toString(),
            sequence,
            event,
            MetaData.with(EventMetadata.CORRELATION_ID, "search-test-" + productId),
            UUID.randomUUID().toString(),
            clock));
  }
}
