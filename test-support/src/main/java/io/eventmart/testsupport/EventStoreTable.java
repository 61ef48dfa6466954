package io.eventmart.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads what Axon's JDBC event store table ({@code eventstore.domain_event_entry}) holds, the way
 * an auditor would: with plain SQL, so that integration tests check what was recorded rather than
 * what the framework reads back.
 */
public final class EventStoreTable {

  private static final String TABLE = "eventstore.domain_event_entry";

  private final JdbcTemplate jdbc;
  private final ObjectMapper json = new ObjectMapper();

  public EventStoreTable(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The fully qualified payload types of an aggregate's events, oldest first. */
  public List<String> payloadTypesOf(UUID aggregateId) {
    return jdbc.queryForList(
        "SELECT payload_type FROM "
            + TABLE
            + " WHERE aggregate_identifier = ?"
            + " ORDER BY sequence_number",
        String.class,
        aggregateId.toString());
  }

  /**
   * The simple names of an aggregate's event types, oldest first ({@code OrderPlaced} for {@code
   * io.eventmart.contracts.order.OrderEvent$OrderPlaced}).
   */
  public List<String> eventTypesOf(UUID aggregateId) {
    return payloadTypesOf(aggregateId).stream()
        .map(type -> type.substring(type.lastIndexOf('$') + 1))
        .toList();
  }

  /** How many events an aggregate has. */
  public int eventCountOf(UUID aggregateId) {
    return jdbc.queryForObject(
        "SELECT count(*) FROM " + TABLE + " WHERE aggregate_identifier = ?",
        Integer.class,
        aggregateId.toString());
  }

  /** The payloads of an aggregate's events, oldest first. */
  public List<JsonNode> payloadsOf(UUID aggregateId) {
    return jdbc
        .queryForList(
            "SELECT payload FROM "
                + TABLE
                + " WHERE aggregate_identifier = ?"
                + " ORDER BY sequence_number",
            byte[].class,
            aggregateId.toString())
        .stream()
        .map(payload -> read(payload, "payload of " + aggregateId))
        .toList();
  }

  /** The payload of an aggregate's event number {@code sequence} (counted from 0). */
  public JsonNode payloadOf(UUID aggregateId, long sequence) {
    return column("payload", aggregateId, sequence);
  }

  /** The metadata of an aggregate's event number {@code sequence} (counted from 0). */
  public JsonNode metadataOf(UUID aggregateId, long sequence) {
    return column("meta_data", aggregateId, sequence);
  }

  /** The global index of the newest event of all, or -1 while the store is empty. */
  public long headPosition() {
    return jdbc.queryForObject("SELECT coalesce(max(global_index), -1) FROM " + TABLE, Long.class);
  }

  private JsonNode column(String column, UUID aggregateId, long sequence) {
    byte[] content =
        jdbc.queryForObject(
            "SELECT "
                + column
                + " FROM "
                + TABLE
                + " WHERE aggregate_identifier = ? AND sequence_number = ?",
            byte[].class,
            aggregateId.toString(),
            sequence);
    return read(content, column + " of " + aggregateId + " #" + sequence);
  }

  private JsonNode read(byte[] content, String what) {
    try {
      return json.readTree(content);
    } catch (IOException e) {
      throw new UncheckedIOException("unreadable " + what, e);
    }
  }
}
