package io.eventmart.order.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads what the event store table holds, the way an auditor would: with plain SQL. */
final class EventStoreTable {

  private final JdbcTemplate jdbc;
  private final ObjectMapper json = new ObjectMapper();

  EventStoreTable(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The simple class names of an aggregate's events, oldest first. */
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

  JsonNode payloadOf(UUID aggregateId, long sequence) {
    return column("payload", aggregateId, sequence);
  }

  JsonNode metadataOf(UUID aggregateId, long sequence) {
    return column("meta_data", aggregateId, sequence);
  }

  private JsonNode column(String column, UUID aggregateId, long sequence) {
    byte[] content =
        jdbc.queryForObject(
            "SELECT "
                + column
                + " FROM eventstore.domain_event_entry"
                + " WHERE aggregate_identifier = ? AND sequence_number = ?",
            byte[].class,
            aggregateId.toString(),
            sequence);
    try {
      return json.readTree(content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
