package io.eventmart.inventory.infrastructure;

import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.product.ProductEvent.ProductDetailsChanged;
import io.eventmart.contracts.product.ProductEvent.ProductDiscontinued;
import io.eventmart.contracts.product.ProductEvent.ProductPriceChanged;
import io.eventmart.contracts.product.ProductEvent.ProductRegistered;
import io.eventmart.contracts.product.ProductStatus;
import io.eventmart.contracts.product.query.OrderableProduct;
import io.eventmart.contracts.product.query.ProductQuery.FindProductsForOrdering;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The inventory service's own, always current answer to "can this be ordered, and for how much?"
 * ({@link FindProductsForOrdering}). Its processing group is a subscribing processor: each product
 * event is applied in the unit of work (and JDBC transaction) that stored it, so an order placed
 * right after a product was registered or discontinued sees that already.
 *
 * <p>Updates apply only events newer than the row's {@code last_sequence}, so handling one twice
 * changes nothing.
 */
@ProcessingGroup(ProductRegistry.PROCESSING_GROUP)
public class ProductRegistry {

  static final String PROCESSING_GROUP = "inventory-product-registry";

  private final NamedParameterJdbcTemplate jdbc;

  public ProductRegistry(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventHandler
  void on(ProductRegistered event, @SequenceNumber long sequence) {
    jdbc.update(
        "INSERT INTO inventory.product_registry"
            + " (product_id, name, price_amount, currency, status, last_sequence)"
            + " VALUES (:id, :name, :amount, :currency, :status, :sequence)"
            + " ON CONFLICT (product_id) DO NOTHING",
        Map.of(
            "id", event.productId(),
            "name", event.name(),
            "amount", event.price().amount(),
            "currency", event.price().currency(),
            "status", ProductStatus.ACTIVE.name(),
            "sequence", sequence));
  }

  @EventHandler
  void on(ProductDetailsChanged event, @SequenceNumber long sequence) {
    update(event.productId(), sequence, "name = :name", Map.of("name", event.name()));
  }

  @EventHandler
  void on(ProductPriceChanged event, @SequenceNumber long sequence) {
    update(
        event.productId(),
        sequence,
        "price_amount = :amount, currency = :currency",
        Map.of("amount", event.price().amount(), "currency", event.price().currency()));
  }

  @EventHandler
  void on(ProductDiscontinued event, @SequenceNumber long sequence) {
    update(
        event.productId(),
        sequence,
        "status = :status",
        Map.of("status", ProductStatus.DISCONTINUED.name()));
  }

  @QueryHandler
  List<OrderableProduct> handle(FindProductsForOrdering query) {
    return jdbc.query(
        "SELECT product_id, name, price_amount, currency, status FROM inventory.product_registry"
            + " WHERE product_id IN (:ids)",
        Map.of("ids", query.productIds()),
        (row, i) ->
            new OrderableProduct(
                row.getObject("product_id", UUID.class),
                row.getString("name"),
                new Money(row.getBigDecimal("price_amount"), row.getString("currency")),
                ProductStatus.valueOf(row.getString("status"))));
  }

  private void update(UUID productId, long sequence, String assignments, Map<String, ?> values) {
    var parameters = new java.util.HashMap<String, Object>(values);
    parameters.put("id", productId);
    parameters.put("sequence", sequence);
    jdbc.update(
        "UPDATE inventory.product_registry SET "
            + assignments
            + ", last_sequence = :sequence WHERE product_id = :id AND last_sequence < :sequence",
        parameters);
  }
}
