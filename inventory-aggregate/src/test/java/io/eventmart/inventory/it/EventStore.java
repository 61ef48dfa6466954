package io.eventmart.inventory.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads what the JDBC event store holds for one aggregate, as plain SQL would. */
final class EventStore {

  private final JdbcTemplate jdbc;
  private final ObjectMapper json = new ObjectMapper();

  EventStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The simple names of the aggregate's event types, in sequence order. */
  List<String> eventTypesOf(UUID aggregateId) {
    return jdbc
        .queryForList(
            "SELECT payload_type FROM eventstore.domain_event_entry"
                + " WHERE aggregate_identifier = ? ORDER BY sequence_number",
            String.class,
            aggregateId.toString())
        .stream()
        .map(type -> type.substring(type.lastIndexOf('$') + 1))
        .toList();
  }

  /** The payloads of the aggregate's events, in sequence order. */
  List<JsonNode> payloadsOf(UUID aggregateId) {
    return jdbc
        .queryForList(
            "SELECT payload FROM eventstore.domain_event_entry"
                + " WHERE aggregate_identifier = ? ORDER BY sequence_number",
            byte[].class,
            aggregateId.toString())
        .stream()
        .map(this::read)
        .toList();
  }

  int eventCountOf(UUID aggregateId) {
    return jdbc.queryForObject(
        "SELECT count(*) FROM eventstore.domain_event_entry WHERE aggregate_identifier = ?",
        Integer.class,
        aggregateId.toString());
  }

  private JsonNode read(byte[] payload) {
    try {
      return json.readTree(payload);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
