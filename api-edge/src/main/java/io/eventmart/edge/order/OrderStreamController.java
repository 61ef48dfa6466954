package io.eventmart.edge.order;

import io.eventmart.contracts.order.query.OrderQuery.WatchOrder;
import io.eventmart.contracts.order.query.OrderQuery.WatchOrders;
import io.eventmart.contracts.order.query.OrderStatusUpdate;
import io.eventmart.edge.infrastructure.EdgeProperties;
import io.eventmart.edge.order.OrderResponses.OrderStatusEvent;
import io.eventmart.edge.security.CurrentUser;
import io.eventmart.edge.shop.EventStreams;
import io.eventmart.edge.shop.PlatformGateway;
import io.eventmart.edge.shop.ProblemExamples;
import io.eventmart.edge.shop.ProblemResponse;
import io.eventmart.edge.web.NotFound;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Live order status as server-sent events, from the catalog's subscription queries. Every stream
 * closes its subscription query when the client goes away, so a disconnected client leaves nothing
 * behind in the platform.
 */
@RestController
@Tag(name = "Order streams", description = "Order status changes as server-sent events")
class OrderStreamController {

  static final String ORDER_STATUS = "order-status";

  private final PlatformGateway platform;
  private final Duration heartbeat;

  OrderStreamController(PlatformGateway platform, EdgeProperties properties) {
    this.platform = platform;
    this.heartbeat = properties.heartbeat();
  }

  @GetMapping(path = "/api/orders/{id}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  @Operation(
      summary = "Follow one order",
      description =
          "The order's owner, ADMIN. Server-sent events named order-status with data {orderId,"
              + " status, at, reason}: first the order's history, then each change; the event id"
              + " is the change's sequence number. A client reconnecting with Last-Event-ID gets"
              + " only the changes after it. The stream completes after a terminal status"
              + " (DELIVERED, CANCELLED, FAILED). 404 (before any event) for an unknown order or"
              + " another customer's; 400 for a malformed Last-Event-ID.",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "200", description = "The event stream")
  @ProblemResponse(
      status = 404,
      description = "No such order (or not yours)",
      example = ProblemExamples.NOT_FOUND)
  Flux<ServerSentEvent<OrderStatusEvent>> order(
      @PathVariable UUID id,
      @Parameter(description = "resume after this event id")
          @RequestHeader(name = OrderStatusStream.LAST_EVENT_ID, required = false)
          String lastEventId,
      @Parameter(hidden = true) CurrentUser user) {
    long lastSeen = OrderStatusStream.lastSeen(lastEventId);
    return platform
        .subscribe(
            new WatchOrder(id),
            ResponseTypes.multipleInstancesOf(OrderStatusUpdate.class),
            OrderStatusUpdate.class)
        .flatMapMany(
            result ->
                platform
                    .initialResultOf(result)
                    .flatMapMany(
                        history ->
                            followed(
                                id,
                                user,
                                lastSeen,
                                OrderStatusStream.changes(history, result.updates())))
                    .doFinally(signal -> result.close()));
  }

  /**
   * The events of one order's stream, once its first change showed who owns the order: nothing is
   * sent before, so an order the caller may not see answers 404 like an unknown one. An order the
   * catalog does not know yet (placed a moment ago) gets the request timeout to appear.
   */
  private Flux<ServerSentEvent<OrderStatusEvent>> followed(
      UUID id, CurrentUser user, long lastSeen, Flux<OrderStatusUpdate> changes) {
    NotFound notFound = new NotFound("No order " + id);
    return changes
        .timeout(Mono.delay(platform.timeout()), change -> Mono.never(), Flux.error(notFound))
        .switchOnFirst(
            (first, all) -> {
              if (!first.hasValue()) {
                return all.map(
                    OrderStreamController::resumable); // nothing came: its failure or end
              }
              if (!user.mayAccessDataOf(first.get().customerId())) {
                return Flux.error(notFound);
              }
              return EventStreams.withHeartbeats(
                  OrderStatusStream.after(lastSeen, all).map(OrderStreamController::resumable),
                  heartbeat);
            });
  }

  @GetMapping(path = "/api/orders/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  @Operation(
      summary = "Follow every order",
      description =
          "CUSTOMER: their own orders; ADMIN: everybody's. Server-sent events named order-status"
              + " with data {orderId, status, at, reason} for every status change from now on; a"
              + " comment at once and a heartbeat comment every eventmart.edge.heartbeat (15 s).",
      security = @SecurityRequirement(name = "bearer"))
  @ApiResponse(responseCode = "200", description = "The event stream")
  Flux<ServerSentEvent<OrderStatusEvent>> orders(@Parameter(hidden = true) CurrentUser user) {
    WatchOrders watch = new WatchOrders(user.isAdmin() ? null : user.id());
    return platform
        .subscribe(
            watch,
            ResponseTypes.multipleInstancesOf(OrderStatusUpdate.class),
            OrderStatusUpdate.class)
        .flatMapMany(
            result ->
                EventStreams.withHeartbeats(
                        result.updates().map(OrderStreamController::event), heartbeat)
                    .doFinally(signal -> result.close()));
  }

  /** An event of one order's stream: its id is the change's sequence, to resume from. */
  private static ServerSentEvent<OrderStatusEvent> resumable(OrderStatusUpdate update) {
    return ServerSentEvent.builder(OrderStatusEvent.of(update))
        .event(ORDER_STATUS)
        .id(Long.toString(update.sequence()))
        .build();
  }

  /**
   * An event of the stream of many orders: no id, because sequences count per order and could not
   * tell a reconnecting client where it left off.
   */
  private static ServerSentEvent<OrderStatusEvent> event(OrderStatusUpdate update) {
    return ServerSentEvent.builder(OrderStatusEvent.of(update)).event(ORDER_STATUS).build();
  }
}
