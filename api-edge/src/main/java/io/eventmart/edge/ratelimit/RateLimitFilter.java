package io.eventmart.edge.ratelimit;

import io.eventmart.edge.security.CurrentUserArgumentResolver;
import io.eventmart.edge.web.Problems;
import java.net.InetSocketAddress;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Limits API requests per authenticated user, and per client address for anonymous ones, answering
 * 429 with {@code Retry-After} when a bucket is empty. Runs after authentication (the security
 * filter chain comes first), so it knows who is asking. Logins have a stricter limit of their own,
 * per address and e-mail, in the login handler.
 */
public final class RateLimitFilter implements WebFilter, Ordered {

  private final RateLimiter users;
  private final RateLimiter anonymous;
  private final JsonMapper json;

  public RateLimitFilter(RateLimiter users, RateLimiter anonymous, JsonMapper json) {
    this.users = users;
    this.anonymous = anonymous;
    this.json = json;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    if (!exchange.getRequest().getPath().value().startsWith("/api/")) {
      return chain.filter(exchange);
    }
    return CurrentUserArgumentResolver.currentUser()
        .map(user -> users.tryConsume("user:" + user.id()))
        .switchIfEmpty(
            Mono.fromSupplier(() -> anonymous.tryConsume("address:" + address(exchange))))
        .flatMap(
            decision -> decision.allowed() ? chain.filter(exchange) : refuse(exchange, decision));
  }

  /** The client address that limits of anonymous callers and logins are kept per. */
  public static String address(ServerWebExchange exchange) {
    InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
    return remote == null || remote.getAddress() == null
        ? "unknown"
        : remote.getAddress().getHostAddress();
  }

  private Mono<Void> refuse(ServerWebExchange exchange, RateLimiter.Decision decision) {
    exchange
        .getResponse()
        .getHeaders()
        .set(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
    return Problems.write(exchange, tooManyRequests(decision.retryAfterSeconds()), json);
  }

  public static org.springframework.http.ProblemDetail tooManyRequests(long retryAfterSeconds) {
    return Problems.problem(
        HttpStatus.TOO_MANY_REQUESTS,
        "rate-limited",
        "Too many requests",
        "Slow down: try again in " + retryAfterSeconds + " s");
  }

  @Override
  public int getOrder() {
    // After Spring Security's WebFilterChainProxy (order -100).
    return 0;
  }
}
