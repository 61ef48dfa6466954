package io.eventmart.audit.state;

import static io.eventmart.audit.state.SampleEvents.KETTLE;
import static io.eventmart.audit.state.SampleEvents.OTHER_ORDER;
import static io.eventmart.audit.state.SampleEvents.productDetailsChanged;
import static io.eventmart.audit.state.SampleEvents.productDiscontinued;
import static io.eventmart.audit.state.SampleEvents.productPriceChanged;
import static io.eventmart.audit.state.SampleEvents.productRegistered;
import static io.eventmart.audit.state.SampleEvents.stockInitialized;
import static io.eventmart.audit.state.SampleEvents.stockReserved;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.contracts.audit.AuditedAggregateType;
import io.eventmart.contracts.audit.ProductState;
import io.eventmart.contracts.audit.StateAsOf;
import io.eventmart.contracts.product.ProductStatus;
import io.eventmart.contracts.product.StockLevels;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ProductFoldTest {

  /** A product's stream: catalog and stock events interleaved, as the product aggregate stores. */
  private final AggregateStream stream =
      AggregateStream.of(
          productRegistered(), // 0
          stockInitialized(), // 1
          productPriceChanged(), // 2
          stockReserved(OTHER_ORDER, 2, StockLevels.of(10, 2)), // 3
          productDetailsChanged(), // 4
          stockReserved(SampleEvents.ORDER, 1, StockLevels.of(10, 3)), // 5
          productDiscontinued()); // 6

  private final Rebuild product = Rebuild.of(AuditedAggregateType.PRODUCT, KETTLE, stream);

  @Test
  void rebuildsARegisteredProduct() {
    ProductState registered = product.atVersion(0, ProductState.class);

    assertThat(registered)
        .isEqualTo(
            new ProductState(
                KETTLE,
                "KET-1",
                "Electric Kettle",
                "1.7 l, steel",
                "kitchen",
                new BigDecimal("40.00"),
                "EUR",
                ProductStatus.ACTIVE,
                AggregateStream.timeOf(0)));
  }

  @Test
  void showsThePriceAndDetailsOfEachVersion() {
    assertThat(product.atVersion(2, ProductState.class).price()).isEqualByComparingTo("35.50");
    assertThat(product.atVersion(3, ProductState.class).name()).isEqualTo("Electric Kettle");

    ProductState changed = product.atVersion(4, ProductState.class);
    assertThat(changed.name()).isEqualTo("Quiet Kettle");
    assertThat(changed.category()).isEqualTo("appliances");
    assertThat(changed.status()).isEqualTo(ProductStatus.ACTIVE);
  }

  @Test
  void showsADiscontinuedProductWithItsHistoryKept() {
    ProductState discontinued = product.latest(ProductState.class);

    assertThat(discontinued.status()).isEqualTo(ProductStatus.DISCONTINUED);
    assertThat(discontinued.sku()).isEqualTo("KET-1");
    assertThat(discontinued.registeredAt()).isEqualTo(AggregateStream.timeOf(0));
  }

  @Test
  void reflectsTheLastCatalogEventNotTheStockEventsAroundIt() {
    // Version 3 is a stock event: the product's state is the one of version 2.
    StateAsOf atThree = product.atVersion(3).orElseThrow();

    assertThat(atThree.version()).isEqualTo(2);
    assertThat(atThree.at()).isEqualTo(AggregateStream.timeOf(2));
  }

  @Test
  void showsTheProductAsItWasAtAMoment() {
    ProductState beforeTheNewDetails =
        product.at(AggregateStream.timeOf(4).minusMillis(1), ProductState.class);

    assertThat(beforeTheNewDetails.name()).isEqualTo("Electric Kettle");
    assertThat(beforeTheNewDetails.price()).isEqualByComparingTo("35.50");
  }
}
