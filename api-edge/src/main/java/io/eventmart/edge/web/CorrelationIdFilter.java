package io.eventmart.edge.web;

import org.springframework.core.Ordered;
import org.springframework.util.IdGenerator;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request a correlation id — the client's {@code X-Correlation-Id} when it sends an
 * acceptable one, a new one otherwise — echoes it on the response, and puts it in the Reactor
 * context, from where it goes into the metadata of every command and query the request causes. Runs
 * first, so even a request that security or the rate limit refuses carries it.
 */
public final class CorrelationIdFilter implements WebFilter, Ordered {

  private final IdGenerator ids;

  public CorrelationIdFilter(IdGenerator ids) {
    this.ids = ids;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    String given = exchange.getRequest().getHeaders().getFirst(RequestMetadata.CORRELATION_HEADER);
    String correlationId =
        RequestMetadata.isAcceptable(given) ? given : ids.generateId().toString();
    exchange.getResponse().getHeaders().set(RequestMetadata.CORRELATION_HEADER, correlationId);
    exchange.getAttributes().put(RequestMetadata.CONTEXT_KEY, correlationId);
    return chain
        .filter(exchange)
        .contextWrite(context -> context.put(RequestMetadata.CONTEXT_KEY, correlationId));
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }
}
