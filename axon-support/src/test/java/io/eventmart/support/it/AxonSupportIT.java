package io.eventmart.support.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventmart.contracts.error.DomainError;
import io.eventmart.contracts.error.ErrorKind;
import io.eventmart.contracts.metadata.EventMetadata;
import io.eventmart.support.command.CommandFailures;
import io.eventmart.testsupport.EventStoreTable;
import io.eventmart.testsupport.TestPostgres;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(
    classes = SupportTestApplication.class,
    properties = {"axon.axonserver.enabled=false", "eventmart.deadlines.polling-interval=200ms"})
class AxonSupportIT {

  private static final Duration WAIT = Duration.ofSeconds(20);

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.freshDatabase("axon_support").registerAsDataSource(registry);
  }

  @Autowired CommandGateway commands;
  @Autowired JdbcTemplate jdbc;
  private EventStoreTable events;

  @BeforeEach
  void readTheEventStore() {
    events = new EventStoreTable(jdbc);
  }

  @Test
  void storesEventsAsJsonInTheSnakeCaseEventStore() {
    UUID id = UUID.randomUUID();
    commands.sendAndWait(new Counter.CreateCounter(id, 5));

    Map<String, Object> row =
        jdbc.queryForMap(
            "SELECT payload_type, payload_revision, type FROM eventstore.domain_event_entry"
                + " WHERE aggregate_identifier = ? AND sequence_number = 0",
            id.toString());
    assertThat(row.get("payload_type")).isEqualTo(Counter.CounterCreated.class.getName());
    assertThat(row.get("payload_revision")).isEqualTo("1");
    assertThat(row.get("type")).isEqualTo("Counter");
    assertThat(events.payloadOf(id, 0).get("limit").asInt()).isEqualTo(5);
  }

  @Test
  void recordsCorrelationCausationAndUserOnEveryEventOfTheChain() {
    UUID id = UUID.randomUUID();
    var command =
        GenericCommandMessage.asCommandMessage(new Counter.CreateCounter(id, 5))
            .andMetaData(
                MetaData.with(EventMetadata.CORRELATION_ID, "request-42")
                    .and(EventMetadata.USER_ID, "user-7"));
    commands.sendAndWait(command);

    JsonNode created = events.metadataOf(id, 0);
    assertThat(created.get(EventMetadata.CORRELATION_ID).asText()).isEqualTo("request-42");
    assertThat(created.get(EventMetadata.CAUSATION_ID).asText()).isEqualTo(command.getIdentifier());
    assertThat(created.get(EventMetadata.USER_ID).asText()).isEqualTo("user-7");

    // The saga's deadline sends Increment: its event still belongs to request-42.
    await().atMost(WAIT).until(() -> events.eventCountOf(id) == 2);
    JsonNode incremented = events.metadataOf(id, 1);
    assertThat(incremented.get(EventMetadata.CORRELATION_ID).asText()).isEqualTo("request-42");
    assertThat(incremented.get(EventMetadata.USER_ID).asText()).isEqualTo("user-7");
    assertThat(incremented.get(EventMetadata.CAUSATION_ID).asText())
        .isNotEqualTo(command.getIdentifier());
  }

  @Test
  void keepsAPendingDeadlineInTheDatabaseUntilItFires() {
    UUID id = UUID.randomUUID();
    commands.sendAndWait(new Counter.CreateCounter(id, 5));

    await().atMost(WAIT).until(() -> pendingDeadlines() >= 1);
    assertThat(events.eventCountOf(id)).isEqualTo(1);

    await().atMost(WAIT).until(() -> events.eventCountOf(id) == 2);
    assertThat(events.payloadTypesOf(id))
        .containsExactly(
            Counter.CounterCreated.class.getName(), Counter.Incremented.class.getName());
    await().atMost(WAIT).until(() -> pendingDeadlines() == 0);
  }

  @Test
  void turnsARefusalIntoADomainErrorAndStoresNothing() {
    UUID id = UUID.randomUUID();
    commands.sendAndWait(new Counter.CreateCounter(id, 1));
    // The saga uses up the one increment.
    await().atMost(WAIT).until(() -> events.eventCountOf(id) == 2);

    assertThatThrownBy(() -> commands.sendAndWait(new Counter.Increment(id)))
        .satisfies(
            failure -> {
              DomainError error = CommandFailures.domainErrorOf(failure).orElseThrow();
              assertThat(error.code()).isEqualTo("counter.limit-reached");
              assertThat(error.kind()).isEqualTo(ErrorKind.REJECTED);
              assertThat(error.details()).containsEntry("limit", "1");
            });
    assertThat(events.eventCountOf(id)).isEqualTo(2);
  }

  @Test
  void rollsBackEverythingARefusedCommandWroteInItsTransaction() {
    jdbc.execute("CREATE TABLE IF NOT EXISTS public.side_effect (counter_id UUID)");
    UUID id = UUID.randomUUID();
    commands.sendAndWait(new Counter.CreateCounter(id, 5));

    assertThatThrownBy(() -> commands.sendAndWait(new Counter.WriteThenRefuse(id)))
        .satisfies(failure -> assertThat(CommandFailures.domainErrorOf(failure)).isPresent());

    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM public.side_effect WHERE counter_id = ?", Integer.class, id))
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM eventstore.domain_event_entry"
                    + " WHERE aggregate_identifier = ? AND payload_type LIKE '%Incremented'",
                Integer.class, id.toString()))
        .isZero();
  }

  @Test
  void rejectsAnInvalidCommandWithFieldErrorsBeforeItsHandlerRuns() {
    UUID id = UUID.randomUUID();
    assertThatThrownBy(() -> commands.sendAndWait(new Counter.CreateCounter(id, 0)))
        .satisfies(
            failure -> {
              DomainError error = CommandFailures.domainErrorOf(failure).orElseThrow();
              assertThat(error.kind()).isEqualTo(ErrorKind.INVALID);
              assertThat(error.details()).containsKey("limit");
            });
    assertThat(events.eventCountOf(id)).isZero();
  }

  @Test
  void answersAnUnknownAggregateWithNotFound() {
    assertThatThrownBy(() -> commands.sendAndWait(new Counter.Increment(UUID.randomUUID())))
        .satisfies(
            failure ->
                assertThat(CommandFailures.domainErrorOf(failure).orElseThrow().kind())
                    .isEqualTo(ErrorKind.NOT_FOUND));
  }

  @Test
  void keepsAxonStateInItsOwnSchema() {
    List<String> tables =
        jdbc.queryForList(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'axon'",
            String.class);
    assertThat(tables)
        .contains(
            "token_entry",
            "saga_entry",
            "association_value_entry",
            "dead_letter_entry",
            "scheduled_tasks");
  }

  private int pendingDeadlines() {
    return jdbc.queryForObject(
        "SELECT count(*) FROM axon.scheduled_tasks WHERE task_name = 'AxonDeadline'",
        Integer.class);
  }
}
