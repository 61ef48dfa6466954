package io.eventmart.relay.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.eventmart.contracts.integration.IntegrationEvent;

/**
 * The JSON form of the envelope on the wire: UTF-8, fields in the envelope's order, the timestamp
 * as an ISO-8601 UTC string, absent optional values as {@code null}. Its own mapper, so no change
 * to how Axon stores events can ever change what consumers read.
 */
public final class IntegrationEventJson {

  private final ObjectMapper json =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  public byte[] write(IntegrationEvent event) {
    try {
      return json.writeValueAsBytes(event);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write integration event " + event.id(), e);
    }
  }
}
