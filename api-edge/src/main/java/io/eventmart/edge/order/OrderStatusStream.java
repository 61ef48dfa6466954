package io.eventmart.edge.order;

import io.eventmart.contracts.order.query.OrderStatusUpdate;
import io.eventmart.edge.web.ApiProblem;
import io.eventmart.edge.web.Problems;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import reactor.core.publisher.Flux;

/**
 * The status changes one order's stream sends: its history first, then each change as it happens,
 * each exactly once and in order, and nothing after a terminal status.
 *
 * <p>The history and the live updates overlap: the platform registers the subscription before it
 * reads the history, so a change made in between arrives both ways. Each change carries the order
 * aggregate's sequence number, which only grows, so a change is sent only when it is newer than the
 * last one sent — also what makes {@code Last-Event-ID} work: a client that reconnects gets exactly
 * the changes after the last one it saw.
 */
final class OrderStatusStream {

  /** The request header a reconnecting event-stream client sends: the id of its last event. */
  static final String LAST_EVENT_ID = "Last-Event-ID";

  private OrderStatusStream() {}

  /**
   * Every change of an order whose history so far is {@code history} and whose later changes are
   * {@code updates}: the history, then the updates, unless the order has ended already.
   */
  static Flux<OrderStatusUpdate> changes(
      List<OrderStatusUpdate> history, Flux<OrderStatusUpdate> updates) {
    // An order that has ended changes no more: its history is all there is.
    boolean ended = history.stream().anyMatch(OrderStatusUpdate::isTerminal);
    return ended ? Flux.fromIterable(history) : Flux.fromIterable(history).concatWith(updates);
  }

  /**
   * Of {@code changes}, those after {@code lastSeen} (-1: all), each once and in order; completes
   * after a terminal status.
   */
  static Flux<OrderStatusUpdate> after(long lastSeen, Flux<OrderStatusUpdate> changes) {
    return Flux.defer(
        () -> {
          AtomicLong lastSent = new AtomicLong(lastSeen);
          return changes
              .filter(change -> change.sequence() > lastSent.get())
              .doOnNext(change -> lastSent.set(change.sequence()))
              .takeUntil(OrderStatusUpdate::isTerminal);
        });
  }

  /**
   * The position a client resumes from: the {@code Last-Event-ID} it sent (an event id of this
   * stream, i.e. a sequence number), or -1 when it sent none. Anything else cannot have come from
   * us and is refused (400).
   */
  static long lastSeen(String lastEventId) {
    if (lastEventId == null || lastEventId.isBlank()) {
      return -1;
    }
    try {
      long sequence = Long.parseLong(lastEventId.strip());
      if (sequence >= 0) {
        return sequence;
      }
    } catch (NumberFormatException notANumber) {
      // refused below, like a negative number
    }
    String message = "must be the id of an event of this stream (a non-negative number)";
    throw new ApiProblem(
        Problems.invalid(
            LAST_EVENT_ID + " " + message,
            List.of(new Problems.FieldError(LAST_EVENT_ID, message))));
  }
}
