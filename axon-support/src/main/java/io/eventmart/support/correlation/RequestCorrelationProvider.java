package io.eventmart.support.correlation;

import static io.eventmart.contracts.metadata.EventMetadata.CAUSATION_ID;
import static io.eventmart.contracts.metadata.EventMetadata.CORRELATION_ID;
import static io.eventmart.contracts.metadata.EventMetadata.USER_ID;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

/**
 * Gives every message created while another is handled the metadata that ties it to the request
 * that started the chain: the same {@code correlationId} all the way down, the handled message's id
 * as {@code causationId}, and the {@code userId} it acted for.
 *
 * <p>It replaces Axon's {@code MessageOriginProvider}, whose {@code correlationId} is the direct
 * parent (what we call causation) and would otherwise overwrite ours.
 */
public final class RequestCorrelationProvider implements CorrelationDataProvider {

  @Override
  public Map<String, ?> correlationDataFor(Message<?> message) {
    Map<String, Object> data = new HashMap<>();
    Object correlationId = message.getMetaData().get(CORRELATION_ID);
    data.put(CORRELATION_ID, correlationId != null ? correlationId : message.getIdentifier());
    data.put(CAUSATION_ID, message.getIdentifier());
    Object userId = message.getMetaData().get(USER_ID);
    if (userId != null) {
      data.put(USER_ID, userId);
    }
    return data;
  }
}
