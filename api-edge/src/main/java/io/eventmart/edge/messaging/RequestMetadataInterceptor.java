package io.eventmart.edge.messaging;

import io.eventmart.contracts.metadata.EventMetadata;
import io.eventmart.edge.security.CurrentUserArgumentResolver;
import io.eventmart.edge.web.RequestMetadata;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.extensions.reactor.messaging.ReactorMessageDispatchInterceptor;
import org.axonframework.messaging.Message;
import reactor.core.publisher.Mono;

/**
 * Writes the request's correlation id and the caller's user id into the metadata of every command
 * and query the edge sends, from the Reactor context of the request. From there Axon's correlation
 * data providers carry them into every event the request causes.
 */
public final class RequestMetadataInterceptor<M extends Message<?>>
    implements ReactorMessageDispatchInterceptor<M> {

  @Override
  @SuppressWarnings("unchecked")
  public Mono<M> intercept(Mono<M> message) {
    return message.flatMap(
        m ->
            Mono.deferContextual(
                context ->
                    CurrentUserArgumentResolver.currentUser()
                        .map(user -> user.id().toString())
                        .defaultIfEmpty("")
                        .map(
                            userId -> {
                              Map<String, Object> metadata = new HashMap<>();
                              context
                                  .<String>getOrEmpty(RequestMetadata.CONTEXT_KEY)
                                  .ifPresent(id -> metadata.put(EventMetadata.CORRELATION_ID, id));
                              if (!userId.isEmpty()) {
                                metadata.put(EventMetadata.USER_ID, userId);
                              }
                              return (M) m.andMetaData(metadata);
                            })));
  }
}
