package io.eventmart.audit.it;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** The audit log and the event store as plain SQL sees them. */
final class AuditLogTable {

  static final Duration PATIENCE = Duration.ofSeconds(30);

  private final JdbcTemplate jdbc;

  AuditLogTable(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Waits until the log holds a copy of every event in the store. */
  void awaitCaughtUp() {
    await().atMost(PATIENCE).until(() -> rows() == storedEvents() && storedEvents() > 0);
  }

  long rows() {
    return jdbc.queryForObject("SELECT count(*) FROM audit.event_log", Long.class);
  }

  long storedEvents() {
    return jdbc.queryForObject("SELECT count(*) FROM eventstore.domain_event_entry", Long.class);
  }

  /** A checksum of every row (every column), independent of their physical order. */
  String checksum() {
    return jdbc.queryForObject(
        "SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), ''))"
            + " FROM audit.event_log t",
        String.class);
  }

  /** The row of one event. */
  Map<String, Object> row(String eventId) {
    return jdbc.queryForMap(
        "SELECT global_position, aggregate_type, aggregate_id, sequence_number, event_type,"
            + " payload_type, payload_revision, occurred_at, payload::text AS payload,"
            + " meta_data::text AS meta_data, correlation_id, causation_id, user_id"
            + " FROM audit.event_log WHERE event_id = ?",
        eventId);
  }

  /** The event store's global index of one event. */
  long globalIndexOf(String eventId) {
    return jdbc.queryForObject(
        "SELECT global_index FROM eventstore.domain_event_entry WHERE event_identifier = ?",
        Long.class,
        eventId);
  }

  /** The ids of every stored event, in global order. */
  List<String> storedEventIds() {
    return jdbc.queryForList(
        "SELECT event_identifier FROM eventstore.domain_event_entry ORDER BY global_index",
        String.class);
  }

  /** A row no event supports, as a bug or a hand edit would leave it. */
  void insertStrayRow() {
    jdbc.update(
        "INSERT INTO audit.event_log (global_position, event_id, event_type, payload_type,"
            + " occurred_at, payload, meta_data) VALUES (999999, 'stray', 'Stray', 'Stray', now(),"
            + " '{}', '{}')");
  }
}
