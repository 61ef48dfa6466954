package io.eventmart.edge.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

class EventStreamProblemsTest {

  private final EventStreamProblems filter = new EventStreamProblems();

  private List<MediaType> acceptedDownstream(String accept) {
    MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/api/orders/stream");
    if (accept != null) {
      request.header(HttpHeaders.ACCEPT, accept);
    }
    AtomicReference<ServerWebExchange> seen = new AtomicReference<>();
    WebFilterChain chain =
        exchange -> {
          seen.set(exchange);
          return Mono.empty();
        };
    filter.filter(MockServerWebExchange.from(request), chain).block();
    return seen.get().getRequest().getHeaders().getAccept();
  }

  @Test
  void letsAnEventStreamClientReceiveAProblemAsJson() {
    assertThat(acceptedDownstream("text/event-stream"))
        .containsExactly(MediaType.APPLICATION_PROBLEM_JSON, MediaType.TEXT_EVENT_STREAM);
  }

  @Test
  void leavesEveryOtherClientAlone() {
    assertThat(acceptedDownstream("*/*")).containsExactly(MediaType.ALL);
    assertThat(acceptedDownstream("application/json")).containsExactly(MediaType.APPLICATION_JSON);
    assertThat(acceptedDownstream(null)).isEmpty();
  }
}
