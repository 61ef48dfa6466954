package io.eventmart.edge.shop;

import java.time.Duration;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.publisher.Flux;

/**
 * Server-sent event streams that stay open for a long time. A comment goes out at once, so the
 * response headers reach the client before the first real event (WebFlux sends nothing until the
 * stream emits), and a heartbeat comment follows at a fixed interval, so proxies and clients can
 * tell a quiet stream from a dead connection.
 */
public final class EventStreams {

  static final String CONNECTED = "connected";
  static final String HEARTBEAT = "heartbeat";

  private EventStreams() {}

  /**
   * {@code events} preceded by a comment and interleaved with heartbeat comments every {@code
   * heartbeat}; completes (or fails) when {@code events} does.
   */
  public static <T> Flux<ServerSentEvent<T>> withHeartbeats(
      Flux<ServerSentEvent<T>> events, Duration heartbeat) {
    Flux<ServerSentEvent<T>> beats =
        Flux.interval(heartbeat, heartbeat).map(tick -> EventStreams.<T>comment(HEARTBEAT));
    return events.publish(
        shared ->
            Flux.<ServerSentEvent<T>>just(comment(CONNECTED))
                .concatWith(Flux.merge(shared, beats.takeUntilOther(shared.then()))));
  }

  /** A comment line: ignored by clients, but it keeps the connection busy. */
  public static <T> ServerSentEvent<T> comment(String text) {
    return ServerSentEvent.<T>builder().comment(text).build();
  }
}
