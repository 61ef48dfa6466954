package io.eventmart.edge.order;

import io.eventmart.contracts.common.PageRequest;
import io.eventmart.contracts.order.CancelledBy;
import io.eventmart.contracts.order.OrderCommand.CancelOrder;
import io.eventmart.contracts.order.OrderCommand.DeliverOrder;
import io.eventmart.contracts.order.OrderCommand.ShipOrder;
import io.eventmart.contracts.order.OrderCommand.StartOrderProcessing;
import io.eventmart.contracts.order.OrderStatus;
import io.eventmart.contracts.order.query.OrderPage;
import io.eventmart.contracts.order.query.OrderQuery.FindOrder;
import io.eventmart.contracts.order.query.OrderQuery.FindOrders;
import io.eventmart.contracts.order.query.OrderView;
import io.eventmart.edge.order.OrderRequests.CancelOrderRequest;
import io.eventmart.edge.order.OrderRequests.PlaceOrderRequest;
import io.eventmart.edge.order.OrderResponses.OrderAccepted;
import io.eventmart.edge.order.OrderResponses.OrderResponse;
import io.eventmart.edge.security.CurrentUser;
import io.eventmart.edge.shop.Page;
import io.eventmart.edge.shop.PlatformGateway;
import io.eventmart.edge.shop.ProblemExamples;
import io.eventmart.edge.shop.ProblemResponse;
import io.eventmart.edge.shop.Responses;
import io.eventmart.edge.web.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Orders: placing (idempotent with an {@code Idempotency-Key}), reading, cancelling, and the
 * admin's lifecycle steps. A customer sees only their own orders; anybody else's order answers 404,
 * so its existence is not even revealed.
 */
@RestController
@Tag(name = "Orders", description = "Placing, reading, cancelling and fulfilling orders")
class OrderController {

  private final OrderPlacement placement;
  private final PlatformGateway platform;

  OrderController(OrderPlacement placement, PlatformGateway platform) {
    this.placement = placement;
    this.platform = platform;
  }

  @PostMapping("/api/orders")
  @Operation(
      summary = "Place an order",
      description =
          "CUSTOMER. Names and prices come from the catalog's current data. With an"
              + " Idempotency-Key the same key and body again answer the same orderId and place"
              + " nothing new; the same key with another body is refused (422"
              + " order.idempotency-key-reused). 202 with {orderId, status: PENDING} and a Location;"
              + " the order saga then reserves stock and collects the payment (follow"
              + " /api/orders/{id}/stream). 400 for invalid items (none, more than 100, quantity"
              + " below 1); 422 for unknown or discontinued products.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(
      responseCode = "202",
      description = "Accepted; the order is PENDING",
      headers = @Header(name = "Location", description = "the order"))
  @ProblemResponse(
      status = 422,
      description = "Unknown or discontinued product, or a reused idempotency key",
      example = ProblemExamples.REJECTED)
  Mono<ResponseEntity<OrderAccepted>> place(
      @Valid @RequestBody PlaceOrderRequest request,
      @Parameter(description = "makes the request safe to retry (at most 200 characters)")
          @RequestHeader(name = OrderPlacement.IDEMPOTENCY_KEY, required = false)
          String idempotencyKey,
      @Parameter(hidden = true) CurrentUser user) {
    return placement.place(user.id(), idempotencyKey, request).map(OrderController::accepted);
  }

  @GetMapping("/api/orders/{id}")
  @Operation(
      summary = "One order",
      description =
          "The order's owner, ADMIN. Lines, totals, shipping address, payment id, failure reason"
              + " and the history of its status. 404 for an unknown order or another customer's.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "200", description = "The order")
  @ProblemResponse(
      status = 404,
      description = "No such order (or not yours)",
      example = ProblemExamples.NOT_FOUND)
  Mono<OrderResponse> order(@PathVariable UUID id, @Parameter(hidden = true) CurrentUser user) {
    return visibleOrder(id, user).map(OrderResponse::of);
  }

  @GetMapping("/api/orders")
  @Operation(
      summary = "Orders, newest first",
      description =
          "CUSTOMER: their own orders (customerId is ignored). ADMIN: everybody's, optionally of"
              + " one customer. Optional status filter; paged (page from 0, size 1..100). 400 for"
              + " an invalid page, size or status.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "200", description = "A page of orders")
  @ProblemResponse(
      status = 400,
      description = "Invalid paging or filter",
      example = ProblemExamples.INVALID)
  Mono<Page<OrderResponse>> orders(
      @Parameter(description = "ADMIN only: the orders of this customer")
          @RequestParam(required = false)
          UUID customerId,
      @RequestParam(required = false) OrderStatus status,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) @Min(1) @Max(PageRequest.MAX_SIZE) int size,
      @Parameter(hidden = true) CurrentUser user) {
    UUID customer = user.isAdmin() ? customerId : user.id();
    return platform
        .query(new FindOrders(customer, status, new PageRequest(page, size)), OrderPage.class)
        .map(
            found ->
                new Page<>(found.items(), found.page(), found.size(), found.totalItems())
                    .map(OrderResponse::of));
  }

  @PostMapping("/api/orders/{id}/cancel")
  @Operation(
      summary = "Cancel an order",
      description =
          "The order's owner, ADMIN. Optional body {reason}. 202: the order is CANCELLED and the"
              + " saga releases its stock and refunds or voids its payment. 409 once it is"
              + " SHIPPED, DELIVERED, CANCELLED or FAILED; 404 for an unknown order or another"
              + " customer's.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "202", description = "Cancelled; compensation follows")
  @ProblemResponse(
      status = 404,
      description = "No such order (or not yours)",
      example = ProblemExamples.NOT_FOUND)
  @ProblemResponse(
      status = 409,
      description = "The order's status does not allow it",
      example = ProblemExamples.CONFLICT)
  Mono<ResponseEntity<OrderAccepted>> cancel(
      @PathVariable UUID id,
      @Valid @RequestBody(required = false) CancelOrderRequest request,
      @Parameter(hidden = true) CurrentUser user) {
    return visibleOrder(id, user)
        .flatMap(
            order -> {
              boolean byOwner = user.id().equals(order.customerId());
              CancelledBy by = byOwner ? CancelledBy.CUSTOMER : CancelledBy.ADMIN;
              String reason =
                  request != null && request.reason() != null && !request.reason().isBlank()
                      ? request.reason().strip()
                      : byOwner ? "Cancelled by the customer" : "Cancelled by an administrator";
              return step(id, new CancelOrder(id, by, reason), OrderStatus.CANCELLED);
            });
  }

  @PostMapping("/api/orders/{id}/process")
  @Operation(
      summary = "Start processing a confirmed order",
      description = "ADMIN. CONFIRMED → PROCESSING. 202; 409 from any other status; 404 unknown.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "202", description = "The order is PROCESSING")
  @ProblemResponse(
      status = 409,
      description = "The order's status does not allow it",
      example = ProblemExamples.CONFLICT)
  Mono<ResponseEntity<OrderAccepted>> process(@PathVariable UUID id) {
    return step(id, new StartOrderProcessing(id), OrderStatus.PROCESSING);
  }

  @PostMapping("/api/orders/{id}/ship")
  @Operation(
      summary = "Ship an order",
      description =
          "ADMIN. PROCESSING → SHIPPED (its reserved stock leaves the warehouse). 202; 409 from"
              + " any other status; 404 unknown.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "202", description = "The order is SHIPPED")
  @ProblemResponse(
      status = 409,
      description = "The order's status does not allow it",
      example = ProblemExamples.CONFLICT)
  Mono<ResponseEntity<OrderAccepted>> ship(@PathVariable UUID id) {
    return step(id, new ShipOrder(id), OrderStatus.SHIPPED);
  }

  @PostMapping("/api/orders/{id}/deliver")
  @Operation(
      summary = "Record an order's delivery",
      description = "ADMIN. SHIPPED → DELIVERED. 202; 409 from any other status; 404 unknown.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "202", description = "The order is DELIVERED")
  @ProblemResponse(
      status = 409,
      description = "The order's status does not allow it",
      example = ProblemExamples.CONFLICT)
  Mono<ResponseEntity<OrderAccepted>> deliver(@PathVariable UUID id) {
    return step(id, new DeliverOrder(id), OrderStatus.DELIVERED);
  }

  /** The order, if the caller may see it; 404 otherwise. */
  private Mono<OrderView> visibleOrder(UUID id, CurrentUser user) {
    return platform
        .find(new FindOrder(id), OrderView.class)
        .filter(order -> user.mayAccessDataOf(order.customerId()))
        .switchIfEmpty(Mono.error(() -> new NotFound("No order " + id)));
  }

  private Mono<ResponseEntity<OrderAccepted>> step(UUID id, Object command, OrderStatus result) {
    return platform.send(command).thenReturn(accepted(new OrderAccepted(id, result)));
  }

  private static ResponseEntity<OrderAccepted> accepted(OrderAccepted accepted) {
    return Responses.accepted("/api/orders/" + accepted.orderId(), accepted);
  }
}
