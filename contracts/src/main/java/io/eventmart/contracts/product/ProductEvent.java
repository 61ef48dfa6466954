package io.eventmart.contracts.product;

import io.eventmart.contracts.common.Money;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** What happened to a product's catalog entry. Its stock has its own events: {@link StockEvent}. */
public sealed interface ProductEvent {

  UUID productId();

  @Revision("1")
  record ProductRegistered(
      UUID productId, String sku, String name, String description, String category, Money price)
      implements ProductEvent {}

  @Revision("1")
  record ProductDetailsChanged(UUID productId, String name, String description, String category)
      implements ProductEvent {}

  @Revision("1")
  record ProductPriceChanged(UUID productId, Money previousPrice, Money price)
      implements ProductEvent {}

  @Revision("1")
  record ProductDiscontinued(UUID productId) implements ProductEvent {}
}
