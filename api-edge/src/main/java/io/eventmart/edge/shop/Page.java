package io.eventmart.edge.shop;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, the shape every list of the API has: {@code {items, page, size, totalItems}},
 * {@code page} 0-based.
 */
public record Page<T>(List<T> items, int page, int size, long totalItems) {

  public Page {
    items = List.copyOf(items);
  }

  /** The same page with each item converted. */
  public <R> Page<R> map(Function<? super T, ? extends R> conversion) {
    return new Page<>(items.stream().<R>map(conversion).toList(), page, size, totalItems);
  }
}
