package io.eventmart.edge.web;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a body announced larger than the limit with 413 before reading a byte of it. Bodies sent
 * without a length are cut by the codecs' in-memory limit, which {@link ProblemDetailsAdvice} also
 * answers with 413.
 */
public final class RequestSizeLimitFilter implements WebFilter, Ordered {

  private final long maxBytes;
  private final JsonMapper json;

  public RequestSizeLimitFilter(DataSize maxRequestSize, JsonMapper json) {
    this.maxBytes = maxRequestSize.toBytes();
    this.json = json;
  }

  static ProblemDetail tooLarge() {
    return Problems.problem(
        HttpStatus.CONTENT_TOO_LARGE,
        "request-too-large",
        "Request too large",
        "Request bodies may be at most 1 MiB");
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    long length = exchange.getRequest().getHeaders().getContentLength();
    if (length > maxBytes) {
      return Problems.write(exchange, tooLarge(), json);
    }
    return chain.filter(exchange);
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 10;
  }
}
