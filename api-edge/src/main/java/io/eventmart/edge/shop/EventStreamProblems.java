package io.eventmart.edge.shop;

import java.util.ArrayList;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Makes a stream that is refused before its first event (404 for somebody else's order, 400 for a
 * malformed {@code Last-Event-ID} …) answer with a problem detail in JSON, as every other refusal.
 *
 * <p>An event-stream client accepts only {@code text/event-stream}, and WebFlux's event-stream
 * writer can write any object, so the problem would otherwise go out as an event-stream {@code
 * data:} line no client reads as an error. Adding {@code application/problem+json} in front of the
 * accepted types changes nothing for the stream itself — its handler produces only {@code
 * text/event-stream} — but lets the error response pick JSON.
 */
public final class EventStreamProblems implements WebFilter, Ordered {

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    List<MediaType> accepted = exchange.getRequest().getHeaders().getAccept();
    // Only a client that names the event stream itself: one accepting anything (*/*) must keep
    // getting plain JSON from every other endpoint.
    boolean eventStream =
        accepted.stream().anyMatch(MediaType.TEXT_EVENT_STREAM::equalsTypeAndSubtype);
    if (!eventStream || accepted.contains(MediaType.APPLICATION_PROBLEM_JSON)) {
      return chain.filter(exchange);
    }
    List<MediaType> withProblems = new ArrayList<>(accepted.size() + 1);
    withProblems.add(MediaType.APPLICATION_PROBLEM_JSON);
    withProblems.addAll(accepted);
    ServerWebExchange mutated =
        exchange
            .mutate()
            .request(request -> request.headers(headers -> headers.setAccept(withProblems)))
            .build();
    return chain.filter(mutated);
  }

  @Override
  public int getOrder() {
    // Early, before anything looks at what the client accepts; the order relative to the other
    // filters does not matter otherwise.
    return Ordered.HIGHEST_PRECEDENCE + 20;
  }
}
