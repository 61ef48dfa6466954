package io.eventmart.inventory.it;

import static io.eventmart.inventory.it.Registrations.registration;
import static io.eventmart.inventory.it.Registrations.uniqueSku;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import io.eventmart.contracts.common.Money;
import io.eventmart.contracts.error.DomainError;
import io.eventmart.contracts.error.ErrorKind;
import io.eventmart.contracts.product.ProductCommand.ChangeProductPrice;
import io.eventmart.contracts.product.ProductCommand.CommitStock;
import io.eventmart.contracts.product.ProductCommand.ReleaseStock;
import io.eventmart.contracts.product.ProductCommand.ReserveStock;
import io.eventmart.contracts.product.ProductCommand.RestockProduct;
import io.eventmart.inventory.product.CurrencyMismatch;
import io.eventmart.support.command.CommandFailures;
import io.eventmart.testsupport.EventStoreTable;
import io.eventmart.testsupport.TestPostgres;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The inventory module booted on its own against a fresh PostgreSQL (JDBC event store, no Axon
 * Server): products take commands through the real command bus and their events land in the store.
 */
@SpringBootTest(
    classes = InventoryTestApplication.class,
    properties = "axon.axonserver.enabled=false")
class InventoryModuleIT {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestPostgres.freshDatabase("inventory_module").registerAsDataSource(registry);
  }

  @Autowired CommandGateway commands;
  @Autowired JdbcTemplate jdbc;

  private EventStoreTable eventStore;
  private final UUID product = UUID.randomUUID();

  @BeforeEach
  void setUp() {
    eventStore = new EventStoreTable(jdbc);
  }

  @Test
  void runsAProductThroughReservationReleaseShipmentAndLowStock() {
    UUID cancelledOrder = UUID.randomUUID();
    UUID shippedOrder = UUID.randomUUID();
    UUID lastOrder = UUID.randomUUID();

    commands.sendAndWait(registration(product, uniqueSku(), 10, 3));
    commands.sendAndWait(new ReserveStock(product, cancelledOrder, 4));
    commands.sendAndWait(new ReleaseStock(product, cancelledOrder, "order cancelled"));
    commands.sendAndWait(new ReserveStock(product, shippedOrder, 5));
    commands.sendAndWait(new CommitStock(product, shippedOrder));
    commands.sendAndWait(new ReserveStock(product, lastOrder, 3));

    assertThat(eventStore.eventTypesOf(product))
        .containsExactly(
            "ProductRegistered",
            "StockInitialized",
            "StockReserved",
            "StockReleased",
            "StockReserved",
            "StockCommitted",
            "StockReserved",
            "LowStockDetected");
    List<JsonNode> payloads = eventStore.payloadsOf(product);
    assertThat(levels(payloads.get(1))).isEqualTo("10/0/10");
    assertThat(levels(payloads.get(2))).isEqualTo("10/4/6");
    assertThat(levels(payloads.get(3))).isEqualTo("10/0/10");
    assertThat(levels(payloads.get(4))).isEqualTo("10/5/5");
    assertThat(levels(payloads.get(5))).isEqualTo("5/0/5");
    assertThat(levels(payloads.get(6))).isEqualTo("5/3/2");
    assertThat(payloads.get(7).get("available").asInt()).isEqualTo(2);
    assertThat(payloads.get(7).get("threshold").asInt()).isEqualTo(3);
  }

  @Test
  void answersAReservationItCannotSupplyWithARejectionEvent() {
    UUID order = UUID.randomUUID();
    commands.sendAndWait(registration(product, uniqueSku(), 2, 0));

    commands.sendAndWait(new ReserveStock(product, order, 3));

    assertThat(eventStore.eventTypesOf(product))
        .containsExactly("ProductRegistered", "StockInitialized", "StockReservationRejected");
    JsonNode rejection = eventStore.payloadsOf(product).get(2);
    assertThat(rejection.get("reason").asText()).isEqualTo("INSUFFICIENT_STOCK");
    assertThat(rejection.get("requested").asInt()).isEqualTo(3);
    assertThat(rejection.get("available").asInt()).isEqualTo(2);
  }

  @Test
  void refusesABrokenRuleWithItsDomainErrorAndStoresNothing() {
    commands.sendAndWait(registration(product, uniqueSku()));

    DomainError error =
        refusalOf(
            () -> commands.sendAndWait(new ChangeProductPrice(product, Money.of("9.99", "USD"))));

    assertThat(error.code()).isEqualTo(CurrencyMismatch.CODE);
    assertThat(error.kind()).isEqualTo(ErrorKind.REJECTED);
    assertThat(eventStore.eventCountOf(product)).isEqualTo(2);
  }

  @Test
  void refusesAMalformedCommandBeforeTheProductSeesIt() {
    commands.sendAndWait(registration(product, uniqueSku()));

    DomainError error = refusalOf(() -> commands.sendAndWait(new RestockProduct(product, 0)));

    assertThat(error.kind()).isEqualTo(ErrorKind.INVALID);
    assertThat(error.details()).containsKey("quantity");
    assertThat(eventStore.eventCountOf(product)).isEqualTo(2);
  }

  @Test
  void answersACommandForAnUnknownProductWithNotFound() {
    DomainError error = refusalOf(() -> commands.sendAndWait(new RestockProduct(product, 5)));

    assertThat(error.kind()).isEqualTo(ErrorKind.NOT_FOUND);
  }

  private static String levels(JsonNode event) {
    JsonNode levels = event.get("levels");
    return levels.get("onHand").asInt()
        + "/"
        + levels.get("reserved").asInt()
        + "/"
        + levels.get("available").asInt();
  }

  private static DomainError refusalOf(ThrowingCallable command) {
    Throwable failure = catchThrowable(command);
    assertThat(failure).as("the command's failure").isNotNull();
    return CommandFailures.domainErrorOf(failure)
        .orElseThrow(() -> new AssertionError("not a refusal", failure));
  }
}
