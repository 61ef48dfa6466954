package io.eventmart.payment.gateway;

import static io.eventmart.contracts.metadata.EventMetadata.CAUSATION_ID;
import static io.eventmart.contracts.metadata.EventMetadata.CORRELATION_ID;
import static io.eventmart.contracts.metadata.EventMetadata.USER_ID;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MetaData;

/**
 * The metadata that ties a message to the event that caused it: the request's correlation id and
 * user, and the event's id as causation.
 *
 * <p>Axon adds this by itself to messages created while an event is handled. The gateway processor
 * sends its messages later, from the completion of a gateway call on another thread, outside any
 * unit of work, so it copies the metadata explicitly.
 */
record Causation(MetaData metaData) {

  static Causation of(EventMessage<?> cause) {
    Object correlationId = cause.getMetaData().getOrDefault(CORRELATION_ID, cause.getIdentifier());
    MetaData metaData =
        MetaData.with(CORRELATION_ID, correlationId).and(CAUSATION_ID, cause.getIdentifier());
    Object userId = cause.getMetaData().get(USER_ID);
    return new Causation(userId == null ? metaData : metaData.and(USER_ID, userId));
  }

  <C> CommandMessage<C> command(C command) {
    return new GenericCommandMessage<>(command, metaData);
  }

  <Q> Message<Q> query(Q query) {
    return new GenericMessage<>(query, metaData);
  }
}
