package io.eventmart.edge.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.order.OrderIds;
import io.eventmart.contracts.order.OrderLine;
import io.eventmart.contracts.product.ProductStatus;
import io.eventmart.contracts.product.query.OrderableProduct;
import io.eventmart.edge.order.OrderRequests.OrderItemRequest;
import io.eventmart.edge.web.ApiProblem;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.util.AlternativeJdkIdGenerator;

class OrderPlacementTest {

  private static final UUID BOOK = UUID.fromString("0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a");
  private static final UUID LAMP = UUID.fromString("1e2d3c4b-5a69-4788-9766-5544332211ff");
  private static final UUID GHOST = UUID.fromString("2d3c4b5a-6978-4877-a655-44332211ffee");
  private static final UUID CUSTOMER = UUID.fromString("3c4b5a69-7887-4766-b544-332211ffeedd");

  private static final Map<UUID, OrderableProduct> CATALOG =
      Map.of(
          BOOK,
          new OrderableProduct(
              BOOK, "Domain-Driven Design", Money.of("54.90", "EUR"), ProductStatus.ACTIVE),
          LAMP,
          new OrderableProduct(
              LAMP, "Desk Lamp", Money.of("30.00", "EUR"), ProductStatus.DISCONTINUED));

  private final OrderPlacement placement =
      new OrderPlacement(null, new AlternativeJdkIdGenerator());

  @Test
  void namesAndPricesEveryLineWithWhatTheInventoryServiceSays() {
    List<OrderLine> lines =
        OrderPlacement.pricedLines(List.of(new OrderItemRequest(BOOK, 2)), CATALOG);

    assertThat(lines)
        .containsExactly(new OrderLine(BOOK, "Domain-Driven Design", 2, Money.of("54.90", "EUR")));
  }

  @Test
  void refusesAnUnknownProductWith422() {
    assertThatThrownBy(
            () ->
                OrderPlacement.pricedLines(
                    List.of(new OrderItemRequest(BOOK, 1), new OrderItemRequest(GHOST, 1)),
                    CATALOG))
        .isInstanceOf(ApiProblem.class)
        .satisfies(
            failure -> {
              ProblemDetail problem = ((ApiProblem) failure).problem();
              assertThat(problem.getStatus()).isEqualTo(422);
              assertThat(problem.getProperties())
                  .containsEntry("code", "order.unknown-product")
                  .containsEntry("productIds", GHOST.toString());
            });
  }

  @Test
  void refusesADiscontinuedProductWith422() {
    assertThatThrownBy(
            () -> OrderPlacement.pricedLines(List.of(new OrderItemRequest(LAMP, 1)), CATALOG))
        .isInstanceOf(ApiProblem.class)
        .satisfies(
            failure -> {
              ProblemDetail problem = ((ApiProblem) failure).problem();
              assertThat(problem.getStatus()).isEqualTo(422);
              assertThat(problem.getProperties())
                  .containsEntry("code", "order.product-unavailable");
              assertThat(problem.getDetail()).contains("Desk Lamp");
            });
  }

  @Test
  void derivesTheOrderIdFromCustomerAndIdempotencyKey() {
    assertThat(placement.orderIdFor(CUSTOMER, "checkout-42"))
        .isEqualTo(OrderIds.forIdempotencyKey(CUSTOMER, "checkout-42"))
        .isEqualTo(placement.orderIdFor(CUSTOMER, "checkout-42"));
    assertThat(placement.orderIdFor(CUSTOMER, null))
        .isNotEqualTo(placement.orderIdFor(CUSTOMER, null));
  }

  @Test
  void refusesABlankOrOverlongIdempotencyKeyWith400() {
    for (String key : List.of(" ", "k".repeat(201))) {
      assertThatThrownBy(() -> placement.orderIdFor(CUSTOMER, key))
          .isInstanceOf(ApiProblem.class)
          .satisfies(
              failure -> assertThat(((ApiProblem) failure).problem().getStatus()).isEqualTo(400));
    }
  }
}
