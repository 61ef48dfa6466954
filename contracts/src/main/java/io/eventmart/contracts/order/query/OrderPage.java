package io.eventmart.contracts.order.query;

import java.util.List;

/** One page of orders, newest first. */
public record OrderPage(List<OrderView> items, int page, int size, long totalItems) {

  public OrderPage {
    items = List.copyOf(items);
  }
}
