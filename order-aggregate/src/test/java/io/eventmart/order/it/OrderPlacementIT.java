package io.eventmart.order.it;

import static io.eventmart.order.testdata.OrderBuilder.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.eventmart.contracts.error.DomainError;
import io.eventmart.contracts.error.ErrorKind;
import io.eventmart.contracts.order.OrderCommand.ShipOrder;
import io.eventmart.order.order.IdempotencyKeyReused;
import io.eventmart.order.order.IllegalOrderTransition;
import io.eventmart.order.paymentmethod.PaymentMethodVault;
import io.eventmart.order.testdata.OrderBuilder;
import io.eventmart.order.testdata.Products;
import io.eventmart.support.command.CommandFailures;
import io.eventmart.testsupport.EventStoreTable;
import io.eventmart.testsupport.TestPostgres;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(classes = OrderTestApplication.class, properties = "axon.axonserver.enabled=false")
class OrderPlacementIT {

  private static final int CONCURRENT_REQUESTS = 20;

  /** Kept, because the second instance of the cross-instance race connects to it as well. */
  private static final TestPostgres.Database DATABASE =
      TestPostgres.freshDatabase("order_placement");

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DATABASE.registerAsDataSource(registry);
  }

  @Autowired CommandGateway commands;
  @Autowired PaymentMethodVault vault;
  @Autowired JdbcTemplate jdbc;

  private EventStoreTable events() {
    return new EventStoreTable(jdbc);
  }

  private static OrderBuilder aNewOrder() {
    return anOrder().withIdempotencyKey(UUID.randomUUID().toString());
  }

  private DomainError refusalOf(Object command) {
    Throwable failure = catchThrowable(() -> commands.sendAndWait(command));
    return CommandFailures.domainErrorOf(failure).orElseThrow(() -> new AssertionError(failure));
  }

  @Test
  void placesAnOrderOnceWhenTwentyIdenticalRequestsRace() {
    OrderBuilder order = aNewOrder();

    List<UUID> answers = race(order.placeOrder(), List.of(commands));

    assertThat(answers).hasSize(CONCURRENT_REQUESTS).containsOnly(order.id());
    assertPlacedOnce(order.id());
  }

  /**
   * Two service instances share the database but not their in-memory aggregate locks: only the
   * event store's unique (aggregate, sequence) key, and the gateway's retry of the loser, keep the
   * order from being placed twice.
   */
  @Test
  void placesAnOrderOnceWhenTwentyIdenticalRequestsRaceAcrossTwoInstances() {
    OrderBuilder order = aNewOrder();

    try (ConfigurableApplicationContext secondInstance =
        new SpringApplicationBuilder(OrderTestApplication.class)
            .web(WebApplicationType.NONE)
            .properties(
                "axon.axonserver.enabled=false",
                "spring.datasource.url=" + DATABASE.url(),
                "spring.datasource.username=" + DATABASE.user(),
                "spring.datasource.password=" + DATABASE.password())
            .run()) {
      List<UUID> answers =
          race(order.placeOrder(), List.of(commands, secondInstance.getBean(CommandGateway.class)));

      assertThat(answers).hasSize(CONCURRENT_REQUESTS).containsOnly(order.id());
    }
    assertPlacedOnce(order.id());
  }

  private void assertPlacedOnce(UUID orderId) {
    assertThat(events().eventTypesOf(orderId)).containsExactly("OrderPlaced");
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM orders.payment_method WHERE order_id = ?",
                Integer.class,
                orderId))
        .isEqualTo(1);
  }

  /** Sends {@code command} from twenty clients at once, spread over {@code gateways}. */
  private static List<UUID> race(Object command, List<CommandGateway> gateways) {
    CyclicBarrier start = new CyclicBarrier(CONCURRENT_REQUESTS);
    ExecutorService clients = Executors.newFixedThreadPool(CONCURRENT_REQUESTS);
    try {
      List<CompletableFuture<UUID>> answers =
          IntStream.range(0, CONCURRENT_REQUESTS)
              .mapToObj(
                  client ->
                      CompletableFuture.supplyAsync(
                          () -> {
                            awaitAll(start);
                            CommandGateway gateway = gateways.get(client % gateways.size());
                            return gateway.<UUID>sendAndWait(command);
                          },
                          clients))
              .toList();
      return answers.stream().map(CompletableFuture::join).toList();
    } finally {
      clients.shutdownNow();
    }
  }

  @Test
  void refusesOtherContentUnderAnIdempotencyKeyAlreadyUsed() {
    OrderBuilder order = aNewOrder();
    commands.sendAndWait(order.placeOrder());

    DomainError error = refusalOf(order.withLines(Products.LAMP.line(3)).placeOrder());

    assertThat(error.code()).isEqualTo(IdempotencyKeyReused.CODE);
    assertThat(error.kind()).isEqualTo(ErrorKind.REJECTED);
    assertThat(events().eventTypesOf(order.id())).containsExactly("OrderPlaced");
  }

  @Test
  void rejectsAMalformedPlacementBeforeAnythingIsStored() {
    OrderBuilder order = aNewOrder().withLines(Products.MUG.line(0));

    DomainError error = refusalOf(order.placeOrder());

    assertThat(error.kind()).isEqualTo(ErrorKind.INVALID);
    assertThat(error.details()).containsKey("lines[0].quantity");
    assertThat(events().eventTypesOf(order.id())).isEmpty();
    assertThat(vault.find(order.id())).isEmpty();
  }

  @Test
  void answersAStatusItCannotLeaveWithAConflictNamingTheStatus() {
    OrderBuilder order = aNewOrder();
    commands.sendAndWait(order.placeOrder());

    DomainError error = refusalOf(new ShipOrder(order.id()));

    assertThat(error.code()).isEqualTo(IllegalOrderTransition.CODE);
    assertThat(error.kind()).isEqualTo(ErrorKind.CONFLICT);
    assertThat(error.details()).containsEntry("currentStatus", "PENDING");
    assertThat(error.details()).containsEntry("action", "ship");
  }

  @Test
  void answersACommandForAnUnknownOrderWithNotFound() {
    DomainError error = refusalOf(new ShipOrder(UUID.randomUUID()));

    assertThat(error.kind()).isEqualTo(ErrorKind.NOT_FOUND);
  }

  private static void awaitAll(CyclicBarrier start) {
    try {
      start.await();
    } catch (Exception e) {
      throw new IllegalStateException("the racing requests did not start together", e);
    }
  }
}
