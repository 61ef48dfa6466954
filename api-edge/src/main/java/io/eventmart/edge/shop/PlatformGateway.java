package io.eventmart.edge.shop;

import java.time.Duration;
import java.util.List;
import org.axonframework.extensions.reactor.commandhandling.gateway.ReactorCommandGateway;
import org.axonframework.extensions.reactor.queryhandling.gateway.ReactorQueryGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * How the shop API talks to the platform: commands and queries through Axon's Reactor gateways
 * (which add the request's correlation and user ids), each answer awaited at most the edge's
 * request timeout (a timeout becomes 503).
 *
 * <p>Queries are dispatched from the bounded-elastic scheduler, never from a Netty event loop: in
 * the standalone platform the local query bus runs the handler on the dispatching thread, and some
 * handlers (the inventory registry, the projection status) use blocking JDBC. Behind Axon Server
 * the hop costs next to nothing.
 */
public final class PlatformGateway {

  private final ReactorCommandGateway commands;
  private final ReactorQueryGateway queries;
  private final Duration timeout;

  public PlatformGateway(
      ReactorCommandGateway commands, ReactorQueryGateway queries, Duration timeout) {
    this.commands = commands;
    this.queries = queries;
    this.timeout = timeout;
  }

  /** How long a request waits for the platform. */
  public Duration timeout() {
    return timeout;
  }

  /** Sends a command; the answer is the handler's result (empty for none). */
  public <R> Mono<R> send(Object command) {
    return commands.<R>send(command).timeout(timeout);
  }

  /** Asks a query answered with one {@code type}. */
  public <R> Mono<R> query(Object query, Class<R> type) {
    return ask(query, ResponseTypes.instanceOf(type));
  }

  /** Asks a query answered with an optional {@code type}: empty when there is none. */
  public <R> Mono<R> find(Object query, Class<R> type) {
    return ask(query, ResponseTypes.optionalInstanceOf(type)).flatMap(Mono::justOrEmpty);
  }

  /** Asks a query answered with a list of {@code type}. */
  public <R> Mono<List<R>> list(Object query, Class<R> type) {
    return ask(query, ResponseTypes.multipleInstancesOf(type));
  }

  /** Asks every handler of {@code queryName} and gathers the answers that came within time. */
  public <R> Flux<R> scatterGather(String queryName, Object query, Class<R> type) {
    return queries
        .scatterGather(queryName, query, ResponseTypes.instanceOf(type), timeout)
        .subscribeOn(Schedulers.boundedElastic());
  }

  /**
   * Opens a subscription query. The caller must close the result when its stream ends ({@code
   * doFinally(signal -> result.close())}), or the platform keeps sending updates to nobody. No
   * timeout here: opening is immediate, and a result abandoned by a timeout could not be closed.
   */
  public <I, U> Mono<SubscriptionQueryResult<I, U>> subscribe(
      Object query, ResponseType<I> initialType, Class<U> updateType) {
    return queries
        .subscriptionQuery(query, initialType, ResponseTypes.instanceOf(updateType))
        .subscribeOn(Schedulers.boundedElastic());
  }

  /** The initial result of a subscription query, read off the event loop and within time. */
  public <I> Mono<I> initialResultOf(SubscriptionQueryResult<I, ?> result) {
    return result.initialResult().subscribeOn(Schedulers.boundedElastic()).timeout(timeout);
  }

  private <R> Mono<R> ask(Object query, ResponseType<R> type) {
    return queries.query(query, type).subscribeOn(Schedulers.boundedElastic()).timeout(timeout);
  }
}
