package io.eventmart.inventory.it;

import static io.eventmart.inventory.it.Registrations.registration;
import static io.eventmart.inventory.it.Registrations.uniqueSku;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventmart.contracts.error.DomainError;
import io.eventmart.contracts.error.ErrorKind;
import io.eventmart.inventory.product.DuplicateSku;
import io.eventmart.inventory.product.SkuRegistry;
import io.eventmart.support.command.CommandFailures;
import io.eventmart.testsupport.EventStoreTable;
import io.eventmart.testsupport.TestPostgres;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.AxonNonTransientException;
import org.axonframework.common.Registration;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * SKU uniqueness is a set-based check in the database, not a read-model lookup: registrations race
 * through the real command bus (each on its own worker thread, unit of work and transaction) and
 * only one of them can win a SKU.
 */
@SpringBootTest(
    classes = InventoryTestApplication.class,
    properties = "axon.axonserver.enabled=false")
class SkuUniquenessIT {

  private static final int RACERS = 20;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.freshDatabase("inventory_sku_uniqueness").registerAsDataSource(registry);
  }

  @Autowired CommandGateway commands;
  @Autowired CommandBus commandBus;
  @Autowired JdbcTemplate jdbc;

  private EventStoreTable eventStore;
  private Registration rollbackInterceptor;

  @BeforeEach
  void setUp() {
    eventStore = new EventStoreTable(jdbc);
    rollbackInterceptor = commandBus.registerHandlerInterceptor(new RollBackOnRequest());
  }

  @AfterEach
  void tearDown() {
    rollbackInterceptor.cancel();
  }

  @RepeatedTest(3)
  void letsExactlyOneOfManyConcurrentRegistrationsOfOneSkuWin() {
    String sku = uniqueSku();
    List<UUID> products = IntStream.range(0, RACERS).mapToObj(i -> UUID.randomUUID()).toList();
    List<CompletableFuture<Object>> attempts = new ArrayList<>();
    for (int i = 0; i < RACERS; i++) {
      // The same SKU, spelled differently: uniqueness is about the normalised form.
      String spelling = i % 2 == 0 ? sku : " " + sku.toLowerCase();
      attempts.add(commands.send(registration(products.get(i), spelling)));
    }
    CompletableFuture.allOf(attempts.toArray(CompletableFuture[]::new))
        .exceptionally(someFailed -> null)
        .join();

    List<UUID> winners = new ArrayList<>();
    List<UUID> losers = new ArrayList<>();
    for (int i = 0; i < RACERS; i++) {
      (attempts.get(i).isCompletedExceptionally() ? losers : winners).add(products.get(i));
    }
    assertThat(winners).hasSize(1);
    UUID winner = winners.get(0);

    for (int i = 0; i < RACERS; i++) {
      if (products.get(i).equals(winner)) {
        continue;
      }
      DomainError error = refusalOf(attempts.get(i));
      assertThat(error.code()).isEqualTo(DuplicateSku.CODE);
      assertThat(error.kind()).isEqualTo(ErrorKind.CONFLICT);
    }
    assertThat(eventStore.eventTypesOf(winner))
        .containsExactly("ProductRegistered", "StockInitialized");
    assertThat(losers).allSatisfy(loser -> assertThat(eventStore.eventCountOf(loser)).isZero());
    assertThat(claimsOf(sku)).containsExactly(winner);
  }

  @Test
  void acceptsARetriedRegistrationOfTheSameProductWithoutNewEvents() {
    UUID product = UUID.randomUUID();
    String sku = uniqueSku();
    commands.sendAndWait(registration(product, sku));

    commands.sendAndWait(registration(product, sku));

    assertThat(eventStore.eventTypesOf(product))
        .containsExactly("ProductRegistered", "StockInitialized");
    assertThat(claimsOf(sku)).containsExactly(product);
  }

  @Test
  void releasesTheClaimOfARegistrationWhoseUnitOfWorkRollsBack() {
    String sku = uniqueSku();
    UUID rolledBack = UUID.randomUUID();
    CommandMessage<?> failing =
        GenericCommandMessage.asCommandMessage(registration(rolledBack, sku))
            .andMetaData(MetaData.with(RollBackOnRequest.KEY, true));

    assertThatThrownBy(() -> commands.sendAndWait(failing))
        .isInstanceOf(RollBackOnRequest.RolledBackOnPurpose.class);
    assertThat(eventStore.eventCountOf(rolledBack)).isZero();
    assertThat(claimsOf(sku)).isEmpty();

    UUID next = UUID.randomUUID();
    commands.sendAndWait(registration(next, sku));
    assertThat(claimsOf(sku)).containsExactly(next);
  }

  private List<UUID> claimsOf(String sku) {
    return jdbc.queryForList(
        "SELECT product_id FROM inventory.sku_claim WHERE normalised_sku = ?",
        UUID.class,
        SkuRegistry.normalise(sku));
  }

  private static DomainError refusalOf(CompletableFuture<Object> attempt) {
    assertThat(attempt).isCompletedExceptionally();
    Throwable failure = attempt.handle((result, error) -> error).join();
    return CommandFailures.domainErrorOf(failure).orElseThrow(() -> new AssertionError(failure));
  }

  /**
   * Makes a command's unit of work roll back after its handler ran (claim included), as a failure
   * to commit would, when the command asks for it in its metadata.
   */
  private static final class RollBackOnRequest
      implements MessageHandlerInterceptor<CommandMessage<?>> {

    static final String KEY = "test.rollBackAfterHandling";

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
        throws Exception {
      Object result = chain.proceed();
      if (unitOfWork.getMessage().getMetaData().containsKey(KEY)) {
        throw new RolledBackOnPurpose();
      }
      return result;
    }

    /** Non-transient, so the gateway does not retry it. */
    static final class RolledBackOnPurpose extends AxonNonTransientException {
      RolledBackOnPurpose() {
        super("rolled back on purpose after the handler ran");
      }
    }
  }
}
