package io.eventmart.order.catalog;

import io.eventmart.contracts.error.DomainException;
import io.eventmart.contracts.error.ErrorKind;
import io.eventmart.contracts.product.query.OrderableProduct;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A cart or an order named a product that has been discontinued. */
public final class ProductsNotOnSale extends DomainException {

  ProductsNotOnSale(String refusingAggregate, List<OrderableProduct> products) {
    super(
        refusingAggregate + ".product-unavailable",
        ErrorKind.REJECTED,
        "No longer on sale: "
            + products.stream().map(OrderableProduct::name).collect(Collectors.joining(", ")),
        Map.of(
            "productIds",
            products.stream()
                .map(product -> product.productId().toString())
                .collect(Collectors.joining(", "))));
  }
}
