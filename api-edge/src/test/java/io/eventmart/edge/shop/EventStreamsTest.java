package io.eventmart.edge.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

class EventStreamsTest {

  private static final Duration HEARTBEAT = Duration.ofSeconds(15);

  private static ServerSentEvent<String> event(String data) {
    return ServerSentEvent.builder(data).event("test").build();
  }

  @Test
  void sendsACommentAtOnceSoTheHeadersGoOut() {
    StepVerifier.withVirtualTime(
            () -> EventStreams.withHeartbeats(Flux.<ServerSentEvent<String>>never(), HEARTBEAT))
        .assertNext(first -> assertThat(first.comment()).isEqualTo("connected"))
        .thenCancel()
        .verify();
  }

  @Test
  void sendsAHeartbeatEveryIntervalWhileTheStreamIsQuiet() {
    StepVerifier.withVirtualTime(
            () -> EventStreams.withHeartbeats(Flux.<ServerSentEvent<String>>never(), HEARTBEAT))
        .expectNextMatches(first -> "connected".equals(first.comment()))
        .expectNoEvent(Duration.ofSeconds(14))
        .thenAwait(Duration.ofSeconds(1))
        .expectNextMatches(beat -> "heartbeat".equals(beat.comment()))
        .thenAwait(HEARTBEAT)
        .expectNextMatches(beat -> "heartbeat".equals(beat.comment()))
        .thenCancel()
        .verify();
  }

  @Test
  void passesTheEventsOnBetweenHeartbeats() {
    Sinks.Many<ServerSentEvent<String>> events = Sinks.many().unicast().onBackpressureBuffer();

    StepVerifier.withVirtualTime(() -> EventStreams.withHeartbeats(events.asFlux(), HEARTBEAT))
        .expectNextMatches(first -> "connected".equals(first.comment()))
        .then(() -> events.tryEmitNext(event("one")))
        .expectNextMatches(next -> "one".equals(next.data()))
        .thenAwait(HEARTBEAT)
        .expectNextMatches(beat -> "heartbeat".equals(beat.comment()))
        .then(() -> events.tryEmitNext(event("two")))
        .expectNextMatches(next -> "two".equals(next.data()))
        .thenCancel()
        .verify();
  }

  @Test
  void completesWhenTheEventsComplete() {
    StepVerifier.withVirtualTime(
            () -> EventStreams.withHeartbeats(Flux.just(event("last")), HEARTBEAT))
        .expectNextMatches(first -> "connected".equals(first.comment()))
        .expectNextMatches(next -> "last".equals(next.data()))
        .verifyComplete();
  }

  @Test
  void failsWhenTheEventsFail() {
    StepVerifier.withVirtualTime(
            () ->
                EventStreams.withHeartbeats(
                    Flux.<ServerSentEvent<String>>error(new IllegalStateException("gone")),
                    HEARTBEAT))
        .expectNextMatches(first -> "connected".equals(first.comment()))
        .verifyErrorMessage("gone");
  }

  @Test
  void cancelsTheEventsWhenTheClientGoesAway() {
    Sinks.Many<ServerSentEvent<String>> events = Sinks.many().multicast().onBackpressureBuffer();

    StepVerifier.withVirtualTime(() -> EventStreams.withHeartbeats(events.asFlux(), HEARTBEAT))
        .expectNextCount(1)
        .then(() -> assertThat(events.currentSubscriberCount()).isEqualTo(1))
        .thenCancel()
        .verify();

    assertThat(events.currentSubscriberCount()).isZero();
  }
}
