package io.eventmart.audit.infrastructure;

import io.eventmart.audit.envelope.Envelope;
import io.eventmart.audit.log.AuditLog;
import io.eventmart.audit.log.LogEntry;
import io.eventmart.contracts.audit.AuditMetadata;
import io.eventmart.contracts.audit.AuditQuery.StreamAuditLog;
import io.eventmart.contracts.audit.AuditedAggregateType;
import io.eventmart.contracts.audit.LoggedEvent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The audit log in PostgreSQL ({@code audit.event_log}) through JDBC. Appends join the transaction
 * of the processor's unit of work (the one that also stores its token), reads run on their own.
 */
public final class JdbcAuditLog implements AuditLog {

  private static final String COLUMNS =
      "global_position, event_id, aggregate_type, aggregate_id, sequence_number, event_type,"
          + " payload_revision, occurred_at, payload::text AS payload, correlation_id,"
          + " causation_id, user_id";

  private final NamedParameterJdbcTemplate jdbc;

  public JdbcAuditLog(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void append(LogEntry entry) {
    Envelope envelope = entry.envelope();
    jdbc.update(
        """
        INSERT INTO audit.event_log (global_position, event_id, aggregate_type, aggregate_id,
            sequence_number, event_type, payload_type, payload_revision, occurred_at, payload,
            meta_data, correlation_id, causation_id, user_id)
        VALUES (:position, :eventId, :aggregateType, :aggregateId, :sequence, :type, :payloadType,
            :revision, :occurredAt, CAST(:payload AS jsonb), CAST(:metaData AS jsonb),
            :correlationId, :causationId, :userId)
        ON CONFLICT (event_id) DO NOTHING""",
        new MapSqlParameterSource()
            .addValue("position", entry.position())
            .addValue("eventId", envelope.eventId())
            .addValue(
                "aggregateType",
                envelope.aggregateType() == null ? null : envelope.aggregateType().apiName())
            .addValue("aggregateId", envelope.aggregateId())
            .addValue("sequence", envelope.sequence())
            .addValue("type", envelope.type())
            .addValue("payloadType", envelope.payloadType())
            .addValue("revision", envelope.revision())
            .addValue("occurredAt", OffsetDateTime.ofInstant(envelope.timestamp(), ZoneOffset.UTC))
            .addValue("payload", envelope.payloadJson())
            .addValue("metaData", envelope.metaDataJson())
            .addValue("correlationId", envelope.metadata().correlationId())
            .addValue("causationId", envelope.metadata().causationId())
            .addValue("userId", envelope.metadata().userId()));
  }

  @Override
  public void clear() {
    jdbc.getJdbcTemplate().execute("TRUNCATE audit.event_log");
  }

  @Override
  public OptionalLong head() {
    Long head =
        jdbc.getJdbcTemplate()
            .queryForObject("SELECT max(global_position) FROM audit.event_log", Long.class);
    return head == null ? OptionalLong.empty() : OptionalLong.of(head);
  }

  @Override
  public List<LoggedEvent> correlatedWith(String correlationId) {
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM audit.event_log WHERE correlation_id = :correlationId"
            + " ORDER BY global_position",
        new MapSqlParameterSource("correlationId", correlationId),
        (row, number) -> loggedEvent(row));
  }

  @Override
  public List<LoggedEvent> page(StreamAuditLog filter, long after, long upTo, int limit) {
    List<String> conditions = new ArrayList<>();
    conditions.add("global_position > :after");
    conditions.add("global_position <= :upTo");
    MapSqlParameterSource parameters =
        new MapSqlParameterSource()
            .addValue("after", after)
            .addValue("upTo", upTo)
            .addValue("limit", limit);
    if (filter.from() != null) {
      conditions.add("occurred_at >= :from");
      parameters.addValue("from", OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
    }
    if (filter.to() != null) {
      conditions.add("occurred_at < :to");
      parameters.addValue("to", OffsetDateTime.ofInstant(filter.to(), ZoneOffset.UTC));
    }
    if (filter.type() != null) {
      conditions.add("event_type = :type");
      parameters.addValue("type", filter.type());
    }
    if (filter.aggregateType() != null) {
      conditions.add("aggregate_type = :aggregateType");
      parameters.addValue("aggregateType", filter.aggregateType().apiName());
    }
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM audit.event_log WHERE "
            + String.join(" AND ", conditions)
            + " ORDER BY global_position LIMIT :limit",
        parameters,
        (row, number) -> loggedEvent(row));
  }

  private static LoggedEvent loggedEvent(ResultSet row) throws SQLException {
    String aggregateType = row.getString("aggregate_type");
    return new LoggedEvent(
        row.getLong("global_position"),
        row.getString("event_id"),
        aggregateType == null
            ? null
            : AuditedAggregateType.fromApiName(aggregateType).orElseThrow(),
        row.getString("aggregate_id"),
        row.getObject("sequence_number", Long.class),
        row.getString("event_type"),
        row.getString("payload_revision"),
        row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
        row.getString("payload"),
        new AuditMetadata(
            row.getString("correlation_id"),
            row.getString("causation_id"),
            row.getString("user_id")));
  }
}
