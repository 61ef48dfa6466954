package io.eventmart.contracts.product.query;

import java.util.List;

/** One page of products. */
public record ProductPage(List<ProductView> items, int page, int size, long totalItems) {

  public ProductPage {
    items = List.copyOf(items);
  }
}
