package io.eventmart.order.infrastructure;

import io.eventmart.contracts.product.query.OrderableProduct;
import io.eventmart.contracts.product.query.ProductQuery.FindProductsForOrdering;
import io.eventmart.order.catalog.ProductCatalog;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/**
 * Asks the inventory service (its product registry, current with every product event) through
 * Axon's query bus. Called from command handlers, which run on the command bus's worker threads, so
 * waiting for the answer blocks no caller.
 */
final class QueryingProductCatalog implements ProductCatalog {

  private final QueryGateway queries;
  private final Duration timeout;

  QueryingProductCatalog(QueryGateway queries, Duration timeout) {
    this.queries = queries;
    this.timeout = timeout;
  }

  @Override
  public Map<UUID, OrderableProduct> find(Set<UUID> productIds) {
    try {
      return queries
          .query(
              new FindProductsForOrdering(productIds),
              ResponseTypes.multipleInstancesOf(OrderableProduct.class))
          .get(timeout.toMillis(), TimeUnit.MILLISECONDS)
          .stream()
          .collect(Collectors.toMap(OrderableProduct::productId, Function.identity()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while asking the product catalog", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("the product catalog did not answer", e);
    }
  }
}
