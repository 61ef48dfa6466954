package io.eventmart.edge.order;

import io.eventmart.contracts.order.OrderCommand.PlaceOrder;
import io.eventmart.contracts.order.OrderIds;
import io.eventmart.contracts.order.OrderLimits;
import io.eventmart.contracts.order.OrderLine;
import io.eventmart.contracts.order.OrderStatus;
import io.eventmart.contracts.product.query.OrderableProduct;
import io.eventmart.contracts.product.query.ProductQuery.FindProductsForOrdering;
import io.eventmart.edge.order.OrderRequests.OrderItemRequest;
import io.eventmart.edge.order.OrderRequests.PlaceOrderRequest;
import io.eventmart.edge.order.OrderResponses.OrderAccepted;
import io.eventmart.edge.shop.PlatformGateway;
import io.eventmart.edge.web.ApiProblem;
import io.eventmart.edge.web.Problems;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.IdGenerator;
import reactor.core.publisher.Mono;

/**
 * Places orders: picks the order id (from the {@code Idempotency-Key}, so a retried request
 * addresses the same order), names and prices every line with what the inventory service says now,
 * and sends {@link PlaceOrder}. Products it does not know or that are off sale are refused here,
 * with the codes the order aggregate uses for the same rule.
 */
public final class OrderPlacement {

  /** The request header that makes a placement safe to retry. */
  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  static final String UNKNOWN_PRODUCT = "order.unknown-product";
  static final String PRODUCT_UNAVAILABLE = "order.product-unavailable";

  private final PlatformGateway platform;
  private final IdGenerator ids;

  public OrderPlacement(PlatformGateway platform, IdGenerator ids) {
    this.platform = platform;
    this.ids = ids;
  }

  /** Places the order and answers its id; the order is PENDING until the saga decides. */
  Mono<OrderAccepted> place(UUID customerId, String idempotencyKey, PlaceOrderRequest request) {
    return Mono.defer(
        () -> place(orderIdFor(customerId, idempotencyKey), customerId, idempotencyKey, request));
  }

  private Mono<OrderAccepted> place(
      UUID orderId, UUID customerId, String idempotencyKey, PlaceOrderRequest request) {
    Set<UUID> productIds =
        request.items().stream()
            .map(OrderItemRequest::productId)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    return orderable(productIds)
        .map(products -> pricedLines(request.items(), products))
        .flatMap(
            lines ->
                platform.<UUID>send(
                    new PlaceOrder(
                        orderId,
                        customerId,
                        lines,
                        request.shippingAddress(),
                        request.paymentMethod(),
                        idempotencyKey)))
        .map(placed -> new OrderAccepted(placed, OrderStatus.PENDING));
  }

  /**
   * The order id of a placement: derived from customer and key when the client sent one (a retry
   * then lands on the same order), new otherwise. A key that is not acceptable is refused (400).
   */
  public UUID orderIdFor(UUID customerId, String idempotencyKey) {
    if (idempotencyKey == null) {
      return ids.generateId();
    }
    if (idempotencyKey.isBlank()
        || idempotencyKey.length() > OrderLimits.MAX_IDEMPOTENCY_KEY_LENGTH) {
      String message =
          "must be between 1 and " + OrderLimits.MAX_IDEMPOTENCY_KEY_LENGTH + " characters";
      throw new ApiProblem(
          Problems.invalid(
              IDEMPOTENCY_KEY + " " + message,
              List.of(new Problems.FieldError(IDEMPOTENCY_KEY, message))));
    }
    return OrderIds.forIdempotencyKey(customerId, idempotencyKey);
  }

  /** The current name, price and status of the given products, by id; unknown ids are absent. */
  public Mono<Map<UUID, OrderableProduct>> orderable(Set<UUID> productIds) {
    if (productIds.isEmpty()) {
      return Mono.just(Map.of());
    }
    return platform
        .list(new FindProductsForOrdering(productIds), OrderableProduct.class)
        .map(
            products ->
                products.stream()
                    .collect(
                        Collectors.toMap(
                            OrderableProduct::productId,
                            Function.identity(),
                            (first, second) -> first)));
  }

  /**
   * One order line per requested item, named and priced by its product; refused (422) when a
   * product is unknown or off sale.
   */
  static List<OrderLine> pricedLines(
      List<OrderItemRequest> items, Map<UUID, OrderableProduct> products) {
    List<UUID> unknown =
        items.stream()
            .map(OrderItemRequest::productId)
            .filter(id -> !products.containsKey(id))
            .distinct()
            .toList();
    if (!unknown.isEmpty()) {
      throw refusal(
          UNKNOWN_PRODUCT, "Unknown product", "No such product: " + joined(unknown), unknown);
    }
    List<UUID> offSale =
        items.stream()
            .map(OrderItemRequest::productId)
            .filter(id -> !products.get(id).isOnSale())
            .distinct()
            .toList();
    if (!offSale.isEmpty()) {
      throw refusal(
          PRODUCT_UNAVAILABLE,
          "Product unavailable",
          "No longer on sale: "
              + offSale.stream()
                  .map(id -> products.get(id).name())
                  .collect(Collectors.joining(", ")),
          offSale);
    }
    return items.stream()
        .map(
            item -> {
              OrderableProduct product = products.get(item.productId());
              return new OrderLine(
                  product.productId(), product.name(), item.quantity(), product.price());
            })
        .toList();
  }

  private static ApiProblem refusal(
      String code, String title, String detail, List<UUID> productIds) {
    ProblemDetail problem = Problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, code, title, detail);
    problem.setProperty("code", code);
    problem.setProperty("productIds", joined(productIds));
    return new ApiProblem(problem);
  }

  private static String joined(List<UUID> ids) {
    return ids.stream().map(UUID::toString).collect(Collectors.joining(", "));
  }
}
