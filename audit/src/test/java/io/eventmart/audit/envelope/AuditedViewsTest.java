package io.eventmart.audit.envelope;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventmart.contracts.audit.AuditedAggregateType;
import io.eventmart.contracts.cart.CartEvent.CartCleared;
import io.eventmart.contracts.order.OrderEvent.OrderPlaced;
import io.eventmart.contracts.payment.PaymentEvent.PaymentCaptured;
import io.eventmart.contracts.product.ProductEvent.ProductRegistered;
import io.eventmart.contracts.product.StockEvent.StockReserved;
import org.junit.jupiter.api.Test;

class AuditedViewsTest {

  @Test
  void findsTheViewOfEachFamily() {
    assertThat(AuditedViews.of(OrderPlaced.class)).contains(AuditedAggregateType.ORDER);
    assertThat(AuditedViews.of(CartCleared.class)).contains(AuditedAggregateType.CART);
    assertThat(AuditedViews.of(PaymentCaptured.class)).contains(AuditedAggregateType.PAYMENT);
  }

  @Test
  void showsAProductsCatalogAndStockEventsAsTwoViews() {
    assertThat(AuditedViews.of(ProductRegistered.class)).contains(AuditedAggregateType.PRODUCT);
    assertThat(AuditedViews.of(StockReserved.class)).contains(AuditedAggregateType.INVENTORY);
    assertThat(AuditedViews.belongsTo(StockReserved.class, AuditedAggregateType.PRODUCT)).isFalse();
  }

  @Test
  void knowsNoViewForAnEventOutsideTheAuditedFamilies() {
    assertThat(AuditedViews.of(String.class)).isEmpty();
  }
}
