package io.eventmart.search.product;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.product.ProductEvent.ProductDetailsChanged;
import io.eventmart.contracts.product.ProductEvent.ProductRegistered;
import io.eventmart.contracts.product.ProductStatus;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProductDocumentTest {

  private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000001");
  private static final Instant REGISTERED_AT = Instant.parse("2026-11-01T10:00:00Z");

  private static ProductDocument kettle() {
    return ProductDocument.registered(
        new ProductRegistered(
            ID, "K-1", "Electric Steel Kettle", "Boils fast", "Kitchen", Money.of("39.99", "EUR")),
        REGISTERED_AT);
  }

  @Test
  void startsOnSaleWithoutStockWhenRegistered() {
    assertThat(kettle())
        .isEqualTo(
            new ProductDocument(
                ID,
                "Electric Steel Kettle",
                "Boils fast",
                "Kitchen",
                Money.of("39.99", "EUR").amount(),
                "EUR",
                ProductStatus.ACTIVE,
                0,
                REGISTERED_AT));
  }

  @Test
  void takesNewDetailsPriceAndStockAndKeepsTheRest() {
    ProductDocument changed =
        kettle()
            .withDetails(new ProductDetailsChanged(ID, "Kettle XL", "Bigger", "Appliances"))
            .withPrice(Money.of("44.50", "EUR"))
            .withAvailableStock(7);

    assertThat(changed.name()).isEqualTo("Kettle XL");
    assertThat(changed.description()).isEqualTo("Bigger");
    assertThat(changed.category()).isEqualTo("Appliances");
    assertThat(changed.price()).isEqualByComparingTo("44.50");
    assertThat(changed.availableStock()).isEqualTo(7);
    assertThat(changed.createdAt()).isEqualTo(REGISTERED_AT);
    assertThat(changed.status()).isEqualTo(ProductStatus.ACTIVE);
  }

  @Test
  void suggestsTheWholeNameAndEveryTailOfIt() {
    assertThat(kettle().suggest())
        .containsExactly("Electric Steel Kettle", "Steel Kettle", "Kettle");
  }

  @Test
  void suggestsAOneWordNameOnce() {
    assertThat(kettle().withDetails(new ProductDetailsChanged(ID, "Kettle", "", "K")).suggest())
        .containsExactly("Kettle");
  }

  @Test
  void suggestsNothingOnceDiscontinued() {
    ProductDocument discontinued = kettle().discontinued();

    assertThat(discontinued.status()).isEqualTo(ProductStatus.DISCONTINUED);
    assertThat(discontinued.suggest()).isEmpty();
  }
}
