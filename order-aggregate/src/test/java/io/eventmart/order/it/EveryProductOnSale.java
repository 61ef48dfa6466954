package io.eventmart.order.it;

import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.product.ProductStatus;
import io.eventmart.contracts.product.query.OrderableProduct;
import io.eventmart.contracts.product.query.ProductQuery.FindProductsForOrdering;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;

/**
 * Stands in for the inventory service, which is not part of these module tests: it answers the
 * order module's product question as if every product asked about existed and were on sale. The
 * platform's integration tests run the real one.
 */
class EveryProductOnSale {

  @QueryHandler
  List<OrderableProduct> handle(FindProductsForOrdering query) {
    return query.productIds().stream()
        .map(
            id ->
                new OrderableProduct(
                    id, "Product " + id, Money.of("1.00", "EUR"), ProductStatus.ACTIVE))
        .toList();
  }
}
