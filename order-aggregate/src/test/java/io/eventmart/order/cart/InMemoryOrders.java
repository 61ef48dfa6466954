package io.eventmart.order.cart;

import io.eventmart.order.order.Order;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.modelling.command.Repository;
import org.axonframework.modelling.command.RepositoryProvider;

/**
 * The order repository a cart's checkout creates its order in, for fixture tests of the cart. The
 * orders' events go to an event store of their own: the cart's fixture records only the cart's
 * events, and a test reads the order's from here.
 */
final class InMemoryOrders implements RepositoryProvider {

  private final EventStore eventStore =
      EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
  private final ParameterResolverFactory parameterResolvers;

  /** {@code resources} are what the order's handlers take besides the message (the vault). */
  InMemoryOrders(Object... resources) {
    parameterResolvers =
        MultiParameterResolverFactory.ordered(
            ClasspathParameterResolverFactory.forClass(Order.class),
            new SimpleResourceParameterResolverFactory(List.of(resources)));
  }

  @Override
  public <R> Repository<R> repositoryFor(Class<R> aggregateType) {
    return EventSourcingRepository.builder(aggregateType)
        .eventStore(eventStore)
        .parameterResolverFactory(parameterResolvers)
        .build();
  }

  /** The payloads of every event stored for order {@code orderId}, oldest first. */
  List<Object> eventsOf(UUID orderId) {
    return eventStore
        .readEvents(orderId.toString())
        .asStream()
        .<Object>map(Message::getPayload)
        .toList();
  }
}
